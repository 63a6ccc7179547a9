/** The calendar day a moment belongs to at the desk, as YYYY-MM-DD in local time. */
export function businessDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const MINUTE_MS = 60_000;
