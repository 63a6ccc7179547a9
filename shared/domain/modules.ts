/**
 * Site profiles (站点类型, REQUIREMENTS §8): a site uses some of the desk's modules; the rest are
 * hidden in the renderer and refused by main. The books every desk keeps (phone log, message
 * book, shift log, handover, staff, settings, audit, backups) belong to no module: always on.
 */
export const MODULES = ['handTags', 'consultants', 'queue', 'visitors', 'clientFiles'] as const;
export type Module = (typeof MODULES)[number];

/** headOffice (总部): a chain's head-office PC, which keeps no desk and reads its branches. */
export const SITE_PROFILES = ['gym', 'serviceHall', 'office', 'headOffice'] as const;
export type SiteProfile = (typeof SITE_PROFILES)[number];

/** What choosing a profile switches on; the admin may adjust the set afterwards. */
export const PROFILE_MODULES: Record<SiteProfile, readonly Module[]> = {
  gym: ['handTags', 'consultants', 'visitors', 'clientFiles'],
  serviceHall: ['queue'],
  office: ['visitors', 'clientFiles'],
  headOffice: [],
};

/**
 * A module that cannot work without another. The member desk (hand tags and water bar) looks
 * members up in the client files and shows their check-in card, so it needs them. Visitors do
 * not need consultants: without a rotation a visitor simply waits unassigned.
 */
export const MODULE_NEEDS: Partial<Record<Module, readonly Module[]>> = {
  handTags: ['clientFiles'],
};

/** The first module of the set whose dependency is missing, or null when the set holds. */
export function missingDependency(
  set: readonly Module[],
): { module: Module; needs: Module } | null {
  for (const module of set) {
    const needs = (MODULE_NEEDS[module] ?? []).find((m) => !set.includes(m));
    if (needs) return { module, needs };
  }
  return null;
}

/** Ticking a module on ticks what it needs; ticking one off ticks off what needs it. */
export function toggleModule(set: readonly Module[], module: Module, on: boolean): Module[] {
  const next = new Set(set);
  if (on) {
    next.add(module);
    for (const m of MODULE_NEEDS[module] ?? []) next.add(m);
  } else {
    next.delete(module);
    for (const m of MODULES) if (MODULE_NEEDS[m]?.includes(module)) next.delete(m);
  }
  return MODULES.filter((m) => next.has(m));
}
