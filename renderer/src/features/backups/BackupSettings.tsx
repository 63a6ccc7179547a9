import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupConfigView } from '../../../../shared/contract/backupViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useBackupsStore } from './store';

/** The folder (main's dialog), when the daily backup runs, and how many are kept. */
export function BackupSettings({ config }: { config: BackupConfigView }) {
  const t = useT();
  const configure = useBackupsStore((s) => s.configure);
  const [mode, setMode] = useState(config.time ? 'time' : 'handover');
  const [time, setTime] = useState(config.time ?? '22:45');
  const [keep, setKeep] = useState({
    keepDaily: config.keepDaily,
    keepWeekly: config.keepWeekly,
    keepMonthly: config.keepMonthly,
  });
  const [error, setError] = useState<AppErrorShape | null>(null);
  const run = async (input: Parameters<typeof configure>[0]) => {
    const e = await configure(input);
    setError(e);
    if (!e) notifications.show({ color: 'teal', message: t('backups.settings.saved') });
  };
  const num = (v: number | string, d: number) => (typeof v === 'number' ? v : d);

  return (
    <Paper withBorder p="md" data-testid="backup-settings">
      <Title order={4} mb="sm">
        {t('backups.settings.title')}
      </Title>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" style={{ flex: 1 }} lineClamp={1} data-testid="backup-folder">
            {config.folder ?? t('backups.settings.noFolder')}
          </Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => void run({ folder: 'choose' })}
            data-testid="backup-choose-folder"
          >
            {t('backups.settings.chooseFolder')}
          </Button>
          {config.folder && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => void run({ folder: 'none' })}
            >
              {t('backups.settings.removeFolder')}
            </Button>
          )}
        </Group>
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={setMode}
            data={[
              { value: 'handover', label: t('backups.settings.afterHandover') },
              { value: 'time', label: t('backups.settings.atTime') },
            ]}
          />
          {mode === 'time' && (
            <TextInput
              size="xs"
              w={80}
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
              aria-label={t('backups.settings.atTime')}
            />
          )}
        </Group>
        <Group gap="sm" grow>
          {(['keepDaily', 'keepWeekly', 'keepMonthly'] as const).map((k) => (
            <NumberInput
              key={k}
              size="xs"
              label={t(`backups.settings.${k}`)}
              min={1}
              max={k === 'keepMonthly' ? 120 : 60}
              value={keep[k]}
              onChange={(v) => setKeep((s) => ({ ...s, [k]: num(v, s[k]) }))}
            />
          ))}
        </Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button
            size="xs"
            onClick={() => void run({ time: mode === 'time' ? time : null, ...keep })}
            data-testid="backup-settings-save"
          >
            {t('backups.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
