import { Badge, Loader, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect } from 'react';
import { useT } from '../../app/i18n';
import { JobProgress } from './JobProgress';
import { runningJobs, useJobsStore } from './store';

/** The shell header's view of background work: hidden when nothing runs. */
export function JobsIndicator() {
  const t = useT();
  const byId = useJobsStore((s) => s.byId);
  const connect = useJobsStore((s) => s.connect);
  useEffect(() => connect(), [connect]);
  const running = runningJobs(byId);
  if (running.length === 0) return null;
  return (
    <Popover width={340} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton aria-label={t('jobs.indicatorHint')} data-testid="jobs-indicator">
          <Badge
            size="lg"
            variant="light"
            tt="none"
            leftSection={<Loader size={12} />}
            data-count={running.length}
          >
            {t('jobs.indicator', { count: running.length })}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="md" data-testid="jobs-list">
          <Text fw={600}>{t('jobs.title')}</Text>
          {running.map((job) => (
            <Stack key={job.id} gap={4}>
              <Text size="xs" c="dimmed">
                {t(`jobs.kind.${job.kind}`)}
              </Text>
              <JobProgress job={job} size="sm" />
            </Stack>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
