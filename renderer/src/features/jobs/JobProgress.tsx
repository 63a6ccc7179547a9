import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobView } from '../../../../shared/contract/jobViews';
import { useT } from '../../app/i18n';
import { jobLine, jobPercent } from './jobText';
import { useJobsStore } from './store';

const COLOR = { running: 'blue', done: 'teal', failed: 'red', cancelled: 'gray' } as const;

/**
 * One job's bar, what it is doing, and Cancel while it still can stop. `doneLine` says what
 * was done ("Backup done: 1.2 MB in 3 s") instead of a bare "Done".
 */
export function JobProgress({
  job,
  size = 'lg',
  doneLine,
}: {
  job: JobView;
  size?: 'sm' | 'lg';
  doneLine?: string;
}) {
  const t = useT();
  const cancel = useJobsStore((s) => s.cancel);
  const line = job.state === 'done' && doneLine ? doneLine : jobLine(t, job);
  return (
    <Stack gap={6} data-testid="job-progress" data-job={job.id} data-state={job.state}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size={size === 'lg' ? 'sm' : 'xs'} fw={500} data-testid="job-progress-text">
          {line}
        </Text>
        {job.state === 'running' && job.cancellable && (
          <Button
            size="xs"
            variant="default"
            onClick={() => void cancel(job.id)}
            data-testid="job-cancel"
          >
            {t('jobs.cancel')}
          </Button>
        )}
      </Group>
      <Progress
        value={jobPercent(job)}
        size={size === 'lg' ? 'lg' : 'sm'}
        radius="xl"
        color={COLOR[job.state]}
        animated={job.state === 'running'}
        aria-label={line}
      />
    </Stack>
  );
}
