/** Wrong PINs allowed before the account starts to wait between attempts. */
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

/**
 * How long an account waits after `failures` wrong PINs in a row: nothing for the first
 * few, then 30 s, doubling with every further failure, capped at 15 min, so a guesser at
 * a shared PC gets a handful of tries an hour while a clumsy colleague is barely slowed.
 */
export function lockoutDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  const steps = failures - FREE_ATTEMPTS;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(steps, 20));
}
