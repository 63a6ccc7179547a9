import type { SessionView } from '../../../../shared/contract/views';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';

/** 服务时限: the site calendar, the service levels and the escalation chain (admin). */
export function ServiceLevelsScreen({ session }: { session: SessionView }) {
  const t = useT();
  return (
    <div data-testid="servicelevels-screen" data-role={session.role}>
      <PageHeader title={t('servicelevels.title')} subtitle={t('servicelevels.subtitle')} />
    </div>
  );
}
