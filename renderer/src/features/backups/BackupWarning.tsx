import { useEffect } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { OVERSIGHT_ROLES } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
import { SAFETY_NET_MS } from '../../app/live/connectionStore';
import { ShellWarning } from '../../app/ShellWarning';
import { formatAge } from './format';
import { followBackups, useBackupsStore } from './store';

/** The shell's line for admin and supervisor when backups are old or a folder is missing. */
export function BackupWarning({ session }: { session: SessionView }) {
  const t = useT();
  const allowed = OVERSIGHT_ROLES.includes(session.role);
  const status = useBackupsStore((s) => s.status);
  const loadStatus = useBackupsStore((s) => s.loadStatus);
  useEffect(() => {
    if (!allowed) return;
    void loadStatus();
    const off = followBackups();
    // Only the safety net: main pushes the status as a live view.
    const timer = setInterval(() => void loadStatus(), SAFETY_NET_MS);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [allowed, loadStatus, session.staffId]);
  if (!allowed || !status || status.warnings.length === 0) return null;
  const lines = status.warnings.map((w) =>
    w === 'stale'
      ? t('backups.warning.stale', { age: formatAge(t, status.ageMs ?? 0) })
      : t(`backups.warning.${w}`),
  );
  const link =
    session.role === 'admin'
      ? {
          label: t('backups.warning.open'),
          route: 'backups' as const,
          testId: 'backup-warning-open',
        }
      : null;
  return (
    <ShellWarning
      color="orange"
      testId="backup-warning"
      data={{ 'data-warnings': status.warnings.join(' ') }}
      link={link}
    >
      {lines.join(' ')}
    </ShellWarning>
  );
}
