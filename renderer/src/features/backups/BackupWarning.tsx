import { Alert, Anchor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { OVERSIGHT_ROLES } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { formatAge } from './format';
import { followBackups, useBackupsStore } from './store';

/** Polling is only the safety net: main pushes the status (a live view). */
const SAFETY_POLL_MS = 5 * 60_000;

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
    const timer = setInterval(() => void loadStatus(), SAFETY_POLL_MS);
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
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      mb="md"
      py={8}
      data-testid="backup-warning"
      data-warnings={status.warnings.join(' ')}
    >
      {lines.join(' ')}
      {session.role === 'admin' && (
        <Anchor size="sm" ml="sm" onClick={() => go('backups')} data-testid="backup-warning-open">
          {t('backups.warning.open')}
        </Anchor>
      )}
    </Alert>
  );
}
