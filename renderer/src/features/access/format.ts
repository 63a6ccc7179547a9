import dayjs from 'dayjs';
import type { FileAccessEntry } from '../../../../shared/contract/clientViews';
import type { T } from '../../app/i18n';

/** What the record says happened: opened, revealed phone / ID number, document, export, refused. */
export function kindLabel(t: T, e: Pick<FileAccessEntry, 'kind' | 'field'>): string {
  if (e.kind !== 'reveal') return t(`access.kind.${e.kind}`);
  if (e.field === 'phones') return t('access.kind.revealPhones');
  if (e.field === 'idNumber') return t('access.kind.revealIdNumber');
  return t('access.kind.reveal', { field: e.field ?? '' });
}

/** "10:02" for today, "2025-03-04 10:02" otherwise; the end drops the day when it is the same. */
export function windowText(
  from: number,
  to: number,
  now = Date.now(),
): { from: string; to: string } {
  const a = dayjs(from);
  const b = dayjs(to);
  const fromText = a.isSame(dayjs(now), 'day') ? a.format('HH:mm') : a.format('YYYY-MM-DD HH:mm');
  const toText = b.isSame(a, 'day') ? b.format('HH:mm') : b.format('YYYY-MM-DD HH:mm');
  return { from: fromText, to: toText };
}
