import { Button, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { T } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { useJobsStore } from '../jobs/store';
import { useApprovalsStore } from './store';

interface Props {
  id: string;
  t: T;
  onWritten(message: string): void;
  onRefused(error: AppErrorShape): void;
}

/** Write the approved export: the button, then the job's progress bar until it has ended. */
export function ExportRun({ id, t, onWritten, onRefused }: Props) {
  const runExport = useApprovalsStore((s) => s.runExport);
  const ended = useApprovalsStore((s) => s.exportJobEnded);
  const jobId = useApprovalsStore((s) => s.exportJobs[id]);
  const job = useJobsStore((s) => (jobId ? s.byId[jobId] : undefined));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Once per job: the store forgets the job here, so a second run of this effect stops.
    if (!job || job.state === 'running') return;
    if (useApprovalsStore.getState().exportJobs[id] !== job.id) return;
    void ended(id, job);
    if (job.state === 'done')
      onWritten(t('approvals.writtenToast', { fileName: job.result?.fileName ?? '' }));
    else if (job.error) onRefused(job.error);
  }, [job, id, ended, onWritten, onRefused, t]);

  if (jobId && job?.state === 'running') return <JobProgress job={job} size="sm" />;
  const start = async () => {
    setBusy(true);
    const r = await runExport(id);
    setBusy(false);
    if (!r.ok) onRefused(r.error);
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        leftSection={<IconDownload size={14} />}
        loading={busy || !!jobId}
        onClick={() => void start()}
        data-testid="export-run"
      >
        {t('approvals.run')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('approvals.runHint')}
      </Text>
    </Stack>
  );
}
