import { Button, Group } from '@mantine/core';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import type { PersonRequestView } from '../../../../shared/contract/personDataViews';
import type { SessionView } from '../../../../shared/contract/views';
import { useT } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { usePersonDataStore } from './store';

export interface RowActions {
  onApprove(r: PersonRequestView): void;
  onReject(r: PersonRequestView): void;
  onWrite(r: PersonRequestView): void;
}

/** Approve / reject while pending (never one's own), write once an export is approved. */
export function RequestActions({
  r,
  session,
  busy,
  actions,
}: {
  r: PersonRequestView;
  session: SessionView;
  busy: boolean;
  actions: RowActions;
}) {
  const t = useT();
  const job = usePersonDataStore((s) => s.jobs[r.id]);
  if (job && job.state === 'running') return <JobProgress job={job} size="sm" />;
  const mine = r.requestedBy === session.staffId;
  if (r.status === 'approved' && r.kind === 'export')
    return (
      <Button
        size="xs"
        leftSection={<IconDownload size={14} />}
        loading={busy}
        onClick={() => actions.onWrite(r)}
        data-testid="persondata-write"
      >
        {t('privacy.write')}
      </Button>
    );
  if (r.status !== 'pending' && r.status !== 'approved') return null;
  return (
    <Group gap={6} wrap="nowrap">
      {r.status === 'pending' && !mine && (
        <Button
          size="xs"
          color="teal"
          leftSection={<IconCheck size={14} />}
          loading={busy}
          onClick={() => actions.onApprove(r)}
          data-testid="persondata-approve"
        >
          {t('approvals.approve')}
        </Button>
      )}
      <Button
        size="xs"
        variant="light"
        color="red"
        leftSection={<IconX size={14} />}
        disabled={busy}
        onClick={() => actions.onReject(r)}
        data-testid="persondata-reject"
      >
        {t('approvals.reject')}
      </Button>
    </Group>
  );
}
