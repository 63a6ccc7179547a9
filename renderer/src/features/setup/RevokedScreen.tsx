import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { StationStatusView } from '../../../../shared/contract/stationViews';
import { AuthLayout } from '../../app/AuthLayout';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useStationStore } from './stationStore';
import { useVaultStore } from './store';

/** A desk or display the admin removed: it says so, and "pair again" forgets and starts over. */
export function RevokedScreen({ status }: { status: StationStatusView }) {
  const t = useT();
  const display = status.role === 'display';
  const forget = useStationStore((s) => s.forget);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const pairAgain = async () => {
    setBusy(true);
    const failure = await forget();
    // Without its pairing this PC is new again: first run, create or join.
    if (!failure) await useVaultStore.getState().load();
    setBusy(false);
    setError(failure);
  };
  return (
    <AuthLayout width={560}>
      <Stack data-testid="station-revoked">
        <Alert color="red" variant="light" icon={<IconPlugConnectedX size={22} />}>
          <Title order={3}>{t(display ? 'revoked.titleDisplay' : 'revoked.title')}</Title>
        </Alert>
        <Text>
          {t(display ? 'revoked.bodyDisplay' : 'revoked.body', { name: status.name ?? '' })}
        </Text>
        {status.vaultAddress && (
          <Text size="sm" c="dimmed" ff="monospace">
            {status.vaultAddress}
          </Text>
        )}
        <ErrorAlert error={error} />
        <Button size="md" loading={busy} onClick={() => void pairAgain()} data-testid="pair-again">
          {t('revoked.pairAgain')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
