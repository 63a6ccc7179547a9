/** Which backups to keep: the newest of each of the last N days, weeks and months. */
export interface Keep {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);
const month = (at: number) => new Date(at).toISOString().slice(0, 7);
/** Weeks counted from Monday 1970-01-05, in UTC like the other buckets. */
const week = (at: number) => String(Math.floor((at - 4 * 86_400_000) / (7 * 86_400_000)));

function newestPerBucket(ats: number[], bucket: (at: number) => string, n: number): number[] {
  const seen = new Map<string, number>();
  for (const at of [...ats].sort((a, b) => b - a))
    if (!seen.has(bucket(at))) seen.set(bucket(at), at);
  return [...seen.values()].slice(0, n);
}

/** The times to keep; everything else may go. The newest backup is always kept. */
export function toKeep(ats: number[], keep: Keep): Set<number> {
  const kept = new Set<number>([
    ...newestPerBucket(ats, day, keep.keepDaily),
    ...newestPerBucket(ats, week, keep.keepWeekly),
    ...newestPerBucket(ats, month, keep.keepMonthly),
  ]);
  if (ats.length) kept.add(Math.max(...ats));
  return kept;
}
