import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type {
  RetentionLastRun,
  RetentionPreview,
} from '../../../../shared/contract/retentionViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT, type T } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { useRetentionStore } from './store';

const stamp = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

function lastRunLine(t: T, run: RetentionLastRun): string {
  const key =
    run.ended === 'done'
      ? 'retention.lastRunLine'
      : run.ended === 'cancelled'
        ? 'retention.lastRunCancelled'
        : 'retention.lastRunFailed';
  return t(key, { at: stamp(run.at), name: run.byName ?? '—', count: run.total });
}

function PreviewTable({ preview }: { preview: RetentionPreview }) {
  const t = useT();
  return (
    <Table verticalSpacing={4} data-testid="retention-preview" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('retention.kind')}</Table.Th>
          <Table.Th w={110} ta="right">
            {t('retention.due')}
          </Table.Th>
          <Table.Th w={130}>{t('retention.oldest')}</Table.Th>
          <Table.Th w={130}>{t('retention.cutOff')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.rows.map((r) => (
          <Table.Tr key={r.kind} data-kind={r.kind} data-due={r.due}>
            <Table.Td>{t(`retention.kind.${r.kind}`)}</Table.Td>
            <Table.Td ta="right" fw={r.due > 0 ? 600 : undefined}>
              {r.due.toLocaleString('en-US')}
            </Table.Td>
            <Table.Td>{r.oldest ?? '—'}</Table.Td>
            <Table.Td>{r.cutOff}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Preview, the run behind a confirmation that names the counts, its bar and the last run. */
export function RetentionRun({
  lastRun,
  admin,
}: {
  lastRun: RetentionLastRun | null;
  admin: boolean;
}) {
  const t = useT();
  const preview = useRetentionStore((s) => s.preview);
  const loadPreview = useRetentionStore((s) => s.loadPreview);
  const run = useRetentionStore((s) => s.run);
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const running = job?.state === 'running';
  const start = async () => {
    close();
    setError(null);
    const r = await run(setJob);
    if (!r.ok && r.error.reason !== 'jobs.cancelled') setError(r.error);
  };
  return (
    <Paper withBorder p="md" data-testid="retention-run">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('retention.previewTitle')}</Title>
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => void loadPreview()}
            data-testid="retention-preview-button"
          >
            {t('retention.preview')}
          </Button>
          {admin && (
            <Button
              color="red"
              disabled={!preview || preview.total === 0 || running}
              onClick={open}
              data-testid="retention-run-button"
            >
              {t('retention.run')}
            </Button>
          )}
        </Group>
      </Group>
      {preview && (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('retention.previewAt', { at: stamp(preview.at) })} ·{' '}
            {preview.total > 0
              ? t('retention.totalDue', { count: preview.total })
              : t('retention.nothingDue')}
          </Text>
          <PreviewTable preview={preview} />
        </Stack>
      )}
      {job && running && (
        <Stack mt="sm">
          <JobProgress job={job} size="sm" />
        </Stack>
      )}
      {job?.state === 'done' && (
        <Text mt="sm" size="sm" c="teal" data-testid="retention-done">
          {t('retention.doneLine', { count: job.result?.anonymised ?? 0 })}
        </Text>
      )}
      <ErrorAlert error={error} />
      <Text mt="sm" size="sm" data-testid="retention-last-run">
        <Text span fw={500}>
          {t('retention.lastRun')}
        </Text>
        {lastRun ? lastRunLine(t, lastRun) : t('retention.lastRunNone')}
      </Text>
      <Modal opened={opened} onClose={close} title={t('retention.confirmTitle')} centered>
        <Stack>
          <Text size="sm">{t('retention.confirmBody', { count: preview?.total ?? 0 })}</Text>
          <Table verticalSpacing={2}>
            <Table.Tbody>
              {preview?.rows
                .filter((r) => r.due > 0)
                .map((r) => (
                  <Table.Tr key={r.kind}>
                    <Table.Td>{t(`retention.kind.${r.kind}`)}</Table.Td>
                    <Table.Td ta="right">{r.due.toLocaleString('en-US')}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            {/* A destructive step: the keyboard lands on keeping them. */}
            <Button variant="default" onClick={close} data-autofocus>
              {t('retention.cancelRun')}
            </Button>
            <Button color="red" onClick={() => void start()} data-testid="retention-confirm">
              {t('retention.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
