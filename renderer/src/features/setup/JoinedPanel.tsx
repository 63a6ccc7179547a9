import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { JoinedView } from '../../../../shared/contract/stationViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { Fingerprint } from '../stations';
import { useStationStore } from './stationStore';
import { useVaultStore } from './store';

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/**
 * Paired: the person compares the fingerprint with the vault PC's screen. Same → the app reads
 * what this PC now is and goes on (sign-in, or the hall display); different → forgotten.
 */
export function JoinedPanel({
  joined,
  onForgotten,
}: {
  joined: JoinedView;
  onForgotten: () => void;
}) {
  const t = useT();
  const forget = useStationStore((s) => s.forget);
  const [busy, setBusy] = useState<'same' | 'different' | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const same = async () => {
    setBusy('same');
    await useStationStore.getState().load();
    await useVaultStore.getState().load();
    setBusy(null);
  };
  const different = async () => {
    setBusy('different');
    const failure = await forget();
    setBusy(null);
    setError(failure);
    if (!failure) onForgotten();
  };

  return (
    <Stack data-testid="joined-panel">
      <Title order={3}>{t('joined.title')}</Title>
      <Text size="sm">{t('joined.intro', { name: joined.name })}</Text>
      <SimpleGrid cols={3} spacing="sm">
        <Fact label={t('joined.name')} value={joined.name} testId="joined-name" />
        <Fact
          label={t('joined.kind')}
          value={t(`station.kind.${joined.kind}`)}
          testId="joined-kind"
        />
        <Fact
          label={t('joined.vaultAddress')}
          value={joined.vaultAddress}
          testId="joined-address"
        />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" bg="var(--mantine-color-default-hover)">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={6}>
          {t('joined.fingerprint')}
        </Text>
        <Fingerprint value={joined.fingerprint} size={32} />
      </Paper>
      <Text fw={600}>{t('joined.compare')}</Text>
      <ErrorAlert error={error} />
      <Group grow>
        <Button
          color="red"
          variant="light"
          leftSection={<IconX size={18} />}
          loading={busy === 'different'}
          disabled={busy === 'same'}
          onClick={() => void different()}
          data-testid="joined-different"
        >
          {t('joined.different')}
        </Button>
        <Button
          leftSection={<IconCheck size={18} />}
          loading={busy === 'same'}
          disabled={busy === 'different'}
          onClick={() => void same()}
          data-testid="joined-same"
        >
          {t('joined.same')}
        </Button>
      </Group>
    </Stack>
  );
}
