import { useEffect } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { OVERSIGHT_ROLES } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
import { ShellWarning } from '../../app/ShellWarning';
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
    <ShellWarning
      color="red"
      testId="integrity-warning"
      link={{ label: t('integrity.title'), route: 'audit', testId: 'integrity-warning-open' }}
    >
      {lastFullLine(t, last)}
    </ShellWarning>
  );
}
