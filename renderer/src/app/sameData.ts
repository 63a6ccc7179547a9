/**
 * Screens read their data again each time they open (and on pushes); most often nothing has
 * changed. Keeping the old values then keeps React from re-rendering a whole table for the
 * same rows. Data from main is plain JSON, so comparing its JSON text is exact.
 */
export function sameData(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The keys of a store update whose data differ from the state's; null when none do. */
export function changes<S extends object>(state: S, patch: Partial<S>): Partial<S> | null {
  const out: Partial<S> = {};
  let any = false;
  for (const key of Object.keys(patch) as (keyof S)[]) {
    if (sameData(state[key], patch[key])) continue;
    out[key] = patch[key];
    any = true;
  }
  return any ? out : null;
}
