import { Badge, Button, Card, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { LanSettingsView } from '../../../../shared/contract/stationViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { labelOr, useT } from '../../app/i18n';
import { Fingerprint } from './Fingerprint';
import { useStationsStore } from './store';

function ListenState({ lan }: { lan: LanSettingsView }) {
  const t = useT();
  if (!lan.enabled)
    return (
      <Badge color="gray" data-testid="lan-off">
        {t('stations.lan.off')}
      </Badge>
    );
  if (lan.listening)
    return (
      <Badge color="teal" data-testid="lan-listening">
        {t('stations.lan.listening')}
      </Badge>
    );
  if (!lan.problem)
    return (
      <Badge color="gray" variant="light" data-testid="lan-starting">
        {t('stations.lan.starting')}
      </Badge>
    );
  return (
    <Group gap="xs">
      <Badge color="red">{t('stations.lan.notListening')}</Badge>
      {lan.problem && (
        <Text size="sm" c="red" data-testid="lan-problem">
          {labelOr(t, `errors.reason.${lan.problem}`, lan.problem)}
        </Text>
      )}
    </Group>
  );
}

/** The vault PC's LAN listener: on/off and port, whether it listens, where, and its fingerprint. */
export function LanCard({ lan }: { lan: LanSettingsView }) {
  const t = useT();
  const updateLan = useStationsStore((s) => s.updateLan);
  const [enabled, setEnabled] = useState(lan.enabled);
  const [port, setPort] = useState<number | string>(lan.port);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setEnabled(lan.enabled);
    setPort(lan.port);
  }, [lan.enabled, lan.port]);
  const changed = enabled !== lan.enabled || Number(port) !== lan.port;

  const save = async () => {
    setBusy(true);
    const failure = await updateLan({ enabled, port: Number(port) });
    setBusy(false);
    setError(failure);
    if (!failure) notifications.show({ color: 'teal', message: t('stations.lan.saved') });
  };

  return (
    <Card withBorder radius="md" padding="lg" data-testid="lan-card">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>{t('stations.lan.title')}</Title>
          <ListenState lan={lan} />
        </Group>
        <Group align="flex-end" gap="lg">
          <Switch
            label={t('stations.lan.enabled')}
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
            size="md"
            data-testid="lan-enabled"
          />
          <NumberInput
            label={t('stations.lan.port')}
            value={port}
            onChange={setPort}
            min={1024}
            max={65535}
            allowDecimal={false}
            hideControls
            w={120}
            error={fieldError(t, error, 'port')}
            data-testid="lan-port"
          />
          <Button
            onClick={() => void save()}
            disabled={!changed}
            loading={busy}
            data-testid="lan-save"
          >
            {t('stations.lan.save')}
          </Button>
        </Group>
        <ErrorAlert error={unmarkedError(error, ['port'])} />
        <div>
          <Text size="sm" fw={600}>
            {t('stations.lan.addresses')}
          </Text>
          <Text ff="monospace" data-testid="lan-addresses">
            {lan.addresses.length > 0
              ? lan.addresses.map((a) => `${a}:${lan.port}`).join('   ')
              : t('stations.lan.noAddresses')}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('stations.lan.fingerprint')}
          </Text>
          {lan.fingerprint ? (
            <Fingerprint value={lan.fingerprint} size={20} perRow={8} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('stations.lan.noFingerprint')}
            </Text>
          )}
        </div>
      </Stack>
    </Card>
  );
}
