import dayjs from 'dayjs';
import type { IntegrityFull } from '../../../../shared/contract/integrityViews';
import type { T } from '../../app/i18n';

/** Whether the last full check found damage (storage or the audit chain); main decided. */
export const foundDamage = (f: IntegrityFull | null) =>
  !!f && !f.unfinished && (!f.storageOk || !f.auditIntact);

/** The last full check in words: when, and what it found. */
export function lastFullLine(t: T, f: IntegrityFull | null): string {
  if (!f) return t('integrity.never');
  const at = dayjs(f.at).format('YYYY-MM-DD HH:mm');
  if (f.unfinished) return t('integrity.unfinished', { at });
  if (!f.storageOk) return t('integrity.storageDamaged', { at, count: f.storageProblems });
  if (!f.auditIntact) return t('integrity.auditBroken', { at, seq: f.auditBreakSeq ?? '—' });
  return t('integrity.ok', { at });
}
