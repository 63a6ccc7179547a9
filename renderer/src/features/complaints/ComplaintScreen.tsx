import type { SessionView } from '../../../../shared/contract/views';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';

/** One case: header, live countdown, the actions main allows, the history. */
export function ComplaintScreen({
  session,
  complaintId,
}: {
  session: SessionView;
  complaintId: string | null;
}) {
  const t = useT();
  return (
    <div data-testid="complaint-screen" data-role={session.role} data-id={complaintId ?? ''}>
      <PageHeader title={t('complaints.title')} />
    </div>
  );
}
