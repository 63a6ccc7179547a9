import { Alert, Anchor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { OVERSIGHT_ROLES } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { useIntegrityStore } from './integrityStore';
import { foundDamage, lastFullLine } from './integrityText';

/** The shell's line for admin and supervisor when the last full check found damage. */
export function IntegrityWarning({ session }: { session: SessionView }) {
  const t = useT();
  const allowed = OVERSIGHT_ROLES.includes(session.role);
  const last = useIntegrityStore((s) => s.status?.lastFull ?? null);
  const load = useIntegrityStore((s) => s.load);
  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load, session.staffId]);
  if (!allowed || !foundDamage(last)) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      mb="md"
      py={8}
      data-testid="integrity-warning"
    >
      {lastFullLine(t, last)}
      <Anchor size="sm" ml="sm" onClick={() => go('audit')} data-testid="integrity-warning-open">
        {t('integrity.title')}
      </Anchor>
    </Alert>
  );
}
