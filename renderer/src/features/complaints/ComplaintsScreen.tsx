import type { SessionView } from '../../../../shared/contract/views';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';

/** 投诉: my cases, all open cases, the search and, for managers, the board. */
export function ComplaintsScreen({ session }: { session: SessionView }) {
  const t = useT();
  return (
    <div data-testid="complaints-screen" data-role={session.role}>
      <PageHeader title={t('complaints.title')} subtitle={t('complaints.subtitle')} />
    </div>
  );
}
