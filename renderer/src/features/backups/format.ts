import type { T } from '../../app/i18n';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "5 minutes", "3 hours", "2 days": how old a backup is, which is what a restore would lose. */
export function formatAge(t: T, ms: number): string {
  if (ms < HOUR) return t('backups.age.minutes', { n: Math.max(1, Math.round(ms / 60_000)) });
  if (ms < 2 * DAY) return t('backups.age.hours', { n: Math.round(ms / HOUR) });
  return t('backups.age.days', { n: Math.floor(ms / DAY) });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
