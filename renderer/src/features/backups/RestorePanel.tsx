import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFolderOpen, IconRestore } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { formatAge, formatSize } from './format';
import { useBackupsStore } from './store';

/**
 * Choose a backup, type the recovery key, see what it holds, then confirm. Used by the
 * admin's backups screen and by the start screens (a damaged vault, a new PC).
 */
export function RestorePanel({
  now = Date.now(),
  refresh = null,
}: {
  now?: number;
  /** Changes when a new backup is known (the screen's last good backup): list again. */
  refresh?: number | null;
}) {
  const t = useT();
  const { available, preview, loadAvailable, showPreview, clearPreview, restore } =
    useBackupsStore();
  const [chosen, setChosen] = useState<string | null>(null);
  const [key, setKey] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  /** The preview's job: the copy is checked on main's jobs worker, with its bar here. */
  const [job, setJob] = useState<JobView | null>(null);
  useEffect(() => {
    void loadAvailable();
  }, [loadAvailable, refresh]);
  const selected = chosen ?? available[0]?.id ?? null;
  const act = async (fn: () => Promise<AppErrorShape | null>) => {
    setBusy(true);
    setError(await fn());
    setBusy(false);
  };

  return (
    <Stack gap="sm" data-testid="restore-panel">
      {available.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="restore-none">
          {t('backups.restore.none')}
        </Text>
      ) : (
        <Radio.Group value={selected} onChange={(id) => (setChosen(id), clearPreview())}>
          <Stack gap={6}>
            {available.slice(0, 6).map((b, i) => (
              <Radio
                key={b.id}
                value={b.id}
                data-testid="restore-option"
                label={
                  <Group gap="xs" wrap="nowrap" data-testid="restore-option-label">
                    <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {dayjs(b.at).format('YYYY-MM-DD HH:mm')}
                    </Text>
                    {i === 0 && <Badge size="xs">{t('backups.restore.latest')}</Badge>}
                    <Text size="sm" c="dimmed" truncate>
                      {[
                        t('backups.restore.ago', { age: formatAge(t, now - b.at) }),
                        t(`backups.trigger.${b.trigger}`),
                        formatSize(b.size),
                        ...(b.source === 'local' ? [] : [t(`backups.source.${b.source}`)]),
                      ].join(' · ')}
                    </Text>
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconFolderOpen size={14} />}
          onClick={() => void act(() => loadAvailable(true))}
          data-testid="restore-pick"
        >
          {t('backups.restore.pick')}
        </Button>
      </Group>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('vault.recover.label')}
          description={t('backups.restore.keyHint')}
          value={key}
          onChange={(e) => (setKey(e.currentTarget.value), clearPreview())}
          styles={{ input: { fontFamily: 'monospace' } }}
          data-testid="restore-key"
        />
        <Button
          variant="light"
          disabled={!selected || key.trim().length < 20}
          loading={busy && !preview}
          onClick={() => void act(() => showPreview(selected!, key, setJob))}
          data-testid="restore-preview"
        >
          {t('backups.restore.preview')}
        </Button>
      </Group>
      {job && job.state === 'running' && <JobProgress job={job} size="sm" />}
      <ErrorAlert error={error} />
      {preview && (
        <Paper withBorder p="sm" data-testid="restore-preview-card">
          <Table withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              {(
                [
                  [
                    'backups.restore.madeAt',
                    t('backups.restore.madeAtValue', {
                      time: dayjs(preview.at).format('YYYY-MM-DD HH:mm'),
                      age: formatAge(t, preview.ageMs),
                    }),
                  ],
                  ['backups.restore.site', preview.site],
                  ['backups.restore.counts', t('backups.restore.countsValue', preview.counts)],
                  [
                    'backups.restore.version',
                    `${preview.appVersion} · ${t('backups.restore.schema', { n: preview.schemaVersion })}`,
                  ],
                ] as const
              ).map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Td w={140}>
                    <Text size="sm" c="dimmed">
                      {t(label)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{value}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Alert color="orange" variant="light" mt="sm">
            {t('backups.restore.warning', { age: formatAge(t, preview.ageMs) })}
          </Alert>
          <Button
            mt="sm"
            color="red"
            leftSection={<IconRestore size={16} />}
            loading={busy}
            onClick={() => void act(() => restore(preview.id, key))}
            data-testid="restore-confirm"
          >
            {t('backups.restore.confirm')}
          </Button>
        </Paper>
      )}
    </Stack>
  );
}
