import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { useBackupsStore } from './store';

/** Monthly: the recovery key opens the latest backup; nothing is replaced. */
export function DrillPanel() {
  const t = useT();
  const drill = useBackupsStore((s) => s.drill);
  const [key, setKey] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [job, setJob] = useState<JobView | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    setJob(null);
    const r = await drill(key, setJob);
    setBusy(false);
    if (r.ok) setKey('');
    else setError(r.error);
  };
  const passed = job?.state === 'done' ? (job.result?.fileName ?? '') : null;
  return (
    <Paper withBorder p="md" data-testid="backup-drill">
      <Title order={4} mb={4}>
        {t('backups.drill.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('backups.drill.hint')}
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('vault.recover.label')}
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace' } }}
          data-testid="drill-key"
        />
        <Button
          loading={busy}
          disabled={key.trim().length < 20}
          onClick={() => void run()}
          data-testid="drill-run"
        >
          {t('backups.drill.run')}
        </Button>
      </Group>
      {job && (
        <Stack mt="sm" gap={4}>
          <JobProgress
            job={job}
            size="sm"
            {...(passed !== null ? { doneLine: t('backups.drill.done', { file: passed }) } : {})}
          />
        </Stack>
      )}
      <ErrorAlert error={error} />
    </Paper>
  );
}
