import type { Role } from './roles';
import type { CaseDeadlineSet } from './serviceLevel';

/**
 * Escalation (升级) of a complaint along the site's chain. Level 0 is the owner (the first
 * receiver, 首问负责制); each further level is a role or a named colleague, reached
 * `offsetMinutes` after the deadline it watches (negative: before it, "near").
 */
export interface EscalationLevel {
  to: { role: Role } | { staffId: string };
  watches: 'firstResponseDue' | 'resolutionDue';
  offsetMinutes: number;
}

/** Front desk → duty manager → department manager (supervisor) → store manager (admin). */
export const DEFAULT_ESCALATION_CHAIN: readonly EscalationLevel[] = [
  { to: { role: 'dutyManager' }, watches: 'firstResponseDue', offsetMinutes: -60 },
  { to: { role: 'supervisor' }, watches: 'firstResponseDue', offsetMinutes: 0 },
  { to: { role: 'admin' }, watches: 'resolutionDue', offsetMinutes: 0 },
];

export interface CaseDeadlines extends CaseDeadlineSet {
  /** A first response given stops the levels that watch it. */
  respondedAt: number | null;
}

/** When level `i` of the chain (1-based: level 0 is the owner) is reached, or null. */
export function levelDueAt(
  chain: readonly EscalationLevel[],
  level: number,
  d: CaseDeadlines,
): number | null {
  const l = chain[level - 1];
  if (!l) return null;
  if (l.watches === 'firstResponseDue' && d.respondedAt !== null) return null;
  const deadline = d[l.watches];
  return deadline === null ? null : deadline + l.offsetMinutes * 60_000;
}

/**
 * The level a case should stand at `now`: the highest whose time has come, never lower
 * than where it stands (a manual escalation is kept). Main records each level passed, in order.
 */
export function levelAt(
  chain: readonly EscalationLevel[],
  current: number,
  d: CaseDeadlines,
  now: number,
): number {
  let level = current;
  for (let i = current + 1; i <= chain.length; i += 1) {
    const due = levelDueAt(chain, i, d);
    if (due !== null && due <= now) level = i;
  }
  return level;
}
