import {
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { STATION_KINDS, type StationKind } from '../../../../shared/contract/stationViews';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormFooter, useModalSave } from '../../app/ModalForm';
import { Fingerprint } from './Fingerprint';
import { countdown, groupedCode, useStationsStore } from './store';

/** How often the open code asks whether its desk has joined. */
export const PAIRING_POLL_MS = 2000;

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

function NameForm({ onClose }: { onClose: () => void }) {
  const t = useT();
  const startPairing = useStationsStore((s) => s.startPairing);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<StationKind>('desk');
  // The code replaces the form in the same modal: a good answer does not close it.
  const { busy, error, run } = useModalSave(() => {});
  return (
    <ModalForm onSubmit={() => run(() => startPairing({ name, kind }))} testId="pairing-form">
      <TextInput
        label={t('stations.add.name')}
        placeholder={t('stations.add.namePlaceholder')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        maxLength={40}
        data-autofocus
        error={fieldError(t, error, 'name')}
        data-testid="pairing-name"
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('stations.add.kind')}
        </Text>
        <SegmentedControl
          fullWidth
          value={kind}
          onChange={(v) => setKind(v as StationKind)}
          data={STATION_KINDS.map((k) => ({ value: k, label: t(`station.kind.${k}`) }))}
          data-testid="pairing-kind"
        />
      </div>
      <ModalFormFooter
        error={unmarkedError(error, ['name'])}
        onCancel={onClose}
        cancelLabel={t('common.cancel')}
        submitLabel={t('stations.add.submit')}
        ready={name.trim().length > 0}
        busy={busy}
        testId="pairing-submit"
      />
    </ModalForm>
  );
}

/** The code, big, with its countdown, where to reach this PC and the fingerprint to compare. */
function CodePanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const pairing = useStationsStore((s) => s.pairing)!;
  const startPairing = useStationsStore((s) => s.startPairing);
  const now = useNow();
  const left = pairing.expiresAt - now;
  return (
    <Stack gap="md" data-testid="pairing-code-panel">
      <Text size="sm">{t('stations.code.intro')}</Text>
      <Paper withBorder radius="md" p="md" ta="center">
        <Text
          ff="monospace"
          fw={800}
          fz={64}
          lh={1.1}
          style={{ letterSpacing: 6 }}
          c={left > 0 ? undefined : 'dimmed'}
          td={left > 0 ? undefined : 'line-through'}
          data-testid="pairing-code"
        >
          {groupedCode(pairing.code)}
        </Text>
        {left > 0 ? (
          <Text size="lg" fw={600} data-testid="pairing-countdown">
            {t('stations.code.expiresIn', { time: countdown(left) })}
          </Text>
        ) : (
          <Group justify="center" gap="sm">
            <Text c="red" fw={600} data-testid="pairing-expired">
              {t('stations.code.expired')}
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => void startPairing({ name: pairing.name, kind: pairing.kind })}
              data-testid="pairing-again"
            >
              {t('stations.code.again')}
            </Button>
          </Group>
        )}
      </Paper>
      <div>
        <Text size="sm" fw={600}>
          {t('stations.code.address')}
        </Text>
        <Text ff="monospace" fz="lg" data-testid="pairing-addresses">
          {pairing.addresses.map((a) => `${a}:${pairing.port}`).join('   ') ||
            t('stations.lan.noAddresses')}
        </Text>
      </div>
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('stations.code.compare')}
        </Text>
        <Fingerprint value={pairing.fingerprint} size={26} />
      </div>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {left > 0 ? t('stations.code.waiting') : ''}
        </Text>
        <Button variant="default" onClick={onClose} data-testid="pairing-cancel">
          {t('stations.code.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * 添加前台: name and kind → a one-time code. While it is open the list is read every 2 s;
 * the station that appears closes it with "<name> paired".
 */
export function AddStationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const pairing = useStationsStore((s) => s.pairing);
  const cancel = () => {
    if (useStationsStore.getState().pairing) void useStationsStore.getState().cancelPairing();
    onClose();
  };
  useEffect(() => {
    if (!opened || !pairing) return;
    const id = setInterval(() => {
      void useStationsStore
        .getState()
        .pollPairing()
        .then((paired) => {
          if (!paired) return;
          notifications.show({
            color: 'teal',
            message: t('stations.paired', { name: paired.name }),
          });
          onClose();
        });
    }, PAIRING_POLL_MS);
    return () => clearInterval(id);
  }, [opened, pairing, onClose, t]);
  return (
    <Modal
      opened={opened}
      onClose={cancel}
      size="lg"
      title={pairing ? t('stations.code.title', { name: pairing.name }) : t('stations.add')}
      closeOnClickOutside={false}
    >
      {pairing ? <CodePanel onClose={cancel} /> : <NameForm onClose={cancel} />}
    </Modal>
  );
}
