import { Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useBackupsStore } from './store';

/** Monthly: the recovery key opens the latest backup; nothing is replaced. */
export function DrillPanel() {
  const t = useT();
  const drill = useBackupsStore((s) => s.drill);
  const [key, setKey] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const e = await drill(key);
    setBusy(false);
    setError(e);
    if (!e) {
      setKey('');
      notifications.show({ color: 'teal', message: t('backups.drill.passed') });
    }
  };
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
      <ErrorAlert error={error} />
    </Paper>
  );
}
