import { Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconDatabase } from '@tabler/icons-react';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { useIntegrityStore } from './integrityStore';
import { foundDamage, lastFullLine } from './integrityText';

/**
 * The audit screen's integrity line: the last full check (every page and the whole audit
 * chain, run after each start), its result, and "check now" with its bar.
 */
export function IntegrityCard() {
  const t = useT();
  const { status, job, error, load, run } = useIntegrityStore();
  useEffect(() => {
    void load();
  }, [load]);
  // No status, no card: a role that may read the log but not the checks (FORBIDDEN).
  if (!status) return null;
  const damaged = foundDamage(status?.lastFull ?? null);
  const running = job?.state === 'running' || (!job && !!status?.running);
  return (
    <Paper withBorder p="sm" mb="md" data-testid="integrity-card" data-damaged={damaged}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" color={damaged ? 'red' : 'teal'}>
              {damaged ? <IconAlertTriangle size={18} /> : <IconDatabase size={18} />}
            </ThemeIcon>
            <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
              {t('integrity.title')}
            </Text>
            <Text size="sm" c={damaged ? 'red' : undefined} data-testid="integrity-last">
              {status && (running ? t('integrity.running') : lastFullLine(t, status.lastFull))}
            </Text>
          </Group>
          <Button
            size="xs"
            variant="light"
            loading={running}
            onClick={() => void run()}
            data-testid="integrity-run"
          >
            {t('integrity.run')}
          </Button>
        </Group>
        {job && <JobProgress job={job} size="sm" />}
        <ErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}
