import { Button, Grid, Paper, Stack, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { ADMIN_ONLY } from '../../../../shared/domain/roles';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import type { JobView } from '../../../../shared/contract/jobViews';
import { useT, type T } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { JobProgress } from '../jobs/JobProgress';
import { useJobsStore } from '../jobs/store';
import { BackupCards } from './BackupCards';
import { BackupHistory } from './BackupHistory';
import { BackupSettings } from './BackupSettings';
import { DrillPanel } from './DrillPanel';
import { formatSize } from './format';
import { RestorePanel } from './RestorePanel';
import { useBackupsStore } from './store';

/** "Backup done: 1.2 MB in 3 s": what the finished bar says, from the job's own result. */
function doneLine(t: T, job: JobView): string {
  const seconds = Math.max(0.1, ((job.endedAt ?? job.startedAt) - job.startedAt) / 1000);
  const values = {
    size: formatSize(job.result?.size ?? 0),
    duration: t('backups.seconds', { n: seconds < 10 ? seconds.toFixed(1) : Math.round(seconds) }),
  };
  return t(job.result?.failures ? 'backups.doneWithFailures' : 'backups.done', values);
}

/** The admin's backups: targets, next run, back up now with its bar, drill, restore, history. */
export function BackupsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { status, error, loadStatus, runNow } = useBackupsStore();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJobsStore((s) => (jobId ? s.byId[jobId] : undefined));
  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);
  if (!ADMIN_ONLY.includes(session.role))
    return <Forbidden channel="backups.run" feature={t('nav.backups')} role={session.role} />;
  const running = !!status?.runningJobId || job?.state === 'running';
  // Main's clock decides how old a backup is.
  const now = status?.now ?? Date.now();

  return (
    <div data-testid="backups-screen">
      <PageHeader
        title={t('backups.title')}
        subtitle={t('backups.subtitle')}
        actions={
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={running}
            onClick={() => void runNow().then(setJobId)}
            data-testid="backup-now"
          >
            {t('backups.now')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      {job && (
        <Paper withBorder p="md" mb="md">
          <JobProgress
            job={job}
            {...(job.state === 'done' ? { doneLine: doneLine(t, job) } : {})}
          />
        </Paper>
      )}
      {status && (
        <>
          <BackupCards status={status} now={now} />
          <Grid gap="md" mb="md">
            <Grid.Col span={6}>
              <Stack gap="md">
                <BackupSettings key={JSON.stringify(status.config)} config={status.config} />
                <DrillPanel />
              </Stack>
            </Grid.Col>
            <Grid.Col span={6}>
              <Paper withBorder p="md">
                <Title order={4} mb="sm">
                  {t('backups.restore.title')}
                </Title>
                <RestorePanel now={now} refresh={status.lastGoodAt} />
              </Paper>
            </Grid.Col>
          </Grid>
          <BackupHistory runs={status.history} />
        </>
      )}
    </div>
  );
}
