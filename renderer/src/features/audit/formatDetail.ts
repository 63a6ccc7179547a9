import type { AuditEntry } from '../../../../shared/contract/views';
import { isRole } from '../../../../shared/domain/roles';
import { labelOr, type T } from '../../app/i18n';
import { keyLabel, valueText } from './detailValue';

type Detail = Record<string, unknown>;

function roleLabel(t: T, value: unknown): string {
  return isRole(value) ? t(`role.${value}`) : String(value);
}

function reasonLabel(t: T, reason: unknown): string {
  return labelOr(t, `audit.reason.${String(reason)}`, String(reason));
}

function part(
  t: T,
  key: string,
  value: unknown,
  names: Record<string, string>,
  action: string,
): string | null {
  switch (key) {
    case 'reason':
      return reasonLabel(t, value);
    case 'failures':
      // Wrong PINs are counted on sign-in rows; elsewhere (a backup's end) it is a count.
      return action.startsWith('auth.')
        ? t('audit.detail.failures', { n: Number(value) })
        : t('audit.detail.pair', { key: keyLabel(t, key), value: String(value) });
    case 'switchedFrom':
      return t('audit.detail.switchedFrom', {
        name: names[String(value)] ?? String(value).slice(-8),
      });
    case 'role': {
      if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
        const v = value as { from: unknown; to: unknown };
        return t('audit.detail.roleChange', { from: roleLabel(t, v.from), to: roleLabel(t, v.to) });
      }
      return t('audit.detail.role', { role: roleLabel(t, value) });
    }
    case 'active':
      return t(value ? 'audit.detail.reactivated' : 'audit.detail.deactivated');
    case 'idleMs':
      return t('audit.detail.idle', { minutes: Math.round(Number(value) / 60_000) });
    case 'checked':
      return t('audit.detail.checked', { count: Number(value) });
    case 'intact':
      return t(value ? 'audit.detail.intact' : 'audit.detail.broken');
    case 'username':
      return t('audit.detail.username', { name: String(value) });
    case 'changed':
      return Array.isArray(value)
        ? t('audit.detail.changedFields', { fields: value.join(', ') })
        : settingsChanges(t, value as Detail, names);
    default:
      return t('audit.detail.pair', {
        key: keyLabel(t, key),
        value: valueText(t, key, value, names),
      });
  }
}

function settingsChanges(t: T, changed: Detail, names: Record<string, string>): string {
  return Object.entries(changed)
    .map(([k, v]) => t('audit.detail.pair', { key: k, value: valueText(t, k, v, names) }))
    .join('; ');
}

/** Turns an audit row's stored ids and codes into a line a supervisor can read. */
export function formatDetail(
  t: T,
  entry: Pick<AuditEntry, 'detail'> & { action?: string },
  names: Record<string, string>,
): string {
  const detail = entry.detail;
  if (!detail) return '';
  const osLock = detail.reason === 'os';
  // An automatic lock names its cause once: "after 6 min idle", or the OS lock.
  const skip = new Set(osLock ? ['reason', 'idleMs'] : detail.reason === 'idle' ? ['reason'] : []);
  const parts = Object.entries(detail)
    .filter(([k]) => !skip.has(k))
    .map(([k, v]) => part(t, k, v, names, entry.action ?? ''));
  return [osLock ? t('audit.detail.osLock') : null, ...parts]
    .filter((p): p is string => !!p)
    .join(' · ');
}
