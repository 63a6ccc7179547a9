import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconKey, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../app/i18n';

/** Shown exactly once; the key is gone from memory when the person moves on. */
export function RecoveryKeyPanel({
  recoveryKey,
  siteName,
  onDone,
}: {
  recoveryKey: string;
  siteName: string;
  onDone: () => void;
}) {
  const t = useT();
  const [kept, setKept] = useState(false);
  return (
    <Stack>
      <Group gap="xs">
        <IconKey size={22} />
        <Title order={3}>{t('setup.recoveryTitle')}</Title>
      </Group>
      <Alert color="orange" variant="light">
        {t('setup.recoveryIntro')}
      </Alert>
      <Paper withBorder p="lg" radius="md" bg="var(--mantine-color-default-hover)">
        <Text size="xs" c="dimmed" mb={4}>
          {siteName}
        </Text>
        <Text
          ff="monospace"
          fz={21}
          fw={700}
          ta="center"
          style={{ letterSpacing: 1, whiteSpace: 'nowrap' }}
          data-testid="recovery-key"
        >
          {recoveryKey}
        </Text>
      </Paper>
      <Group>
        <CopyButton value={recoveryKey}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('setup.recoveryCopied') : t('setup.recoveryCopy')}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          onClick={() => window.print()}
        >
          {t('setup.recoveryPrint')}
        </Button>
      </Group>
      <Checkbox
        checked={kept}
        onChange={(e) => setKept(e.currentTarget.checked)}
        label={t('setup.recoveryConfirm')}
        data-testid="recovery-kept"
      />
      <Button size="md" disabled={!kept} onClick={onDone} data-testid="recovery-done">
        {t('setup.recoveryDone')}
      </Button>
    </Stack>
  );
}
