import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import type { StationView } from '../../../../shared/contract/stationViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useModalSave } from '../../app/ModalForm';
import { useStationsStore } from './store';

const when = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

function ConnectedDot({ station }: { station: StationView }) {
  const t = useT();
  const on = station.connected && station.revokedAt === null;
  return (
    <Group gap={6} wrap="nowrap" data-testid="station-connected" data-connected={on}>
      <span
        aria-hidden
        style={{
          width: 10,
          height: 10,
          borderRadius: 5,
          flexShrink: 0,
          background: on ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-gray-5)',
        }}
      />
      <Text size="sm">{on ? t('stations.connected') : t('stations.disconnected')}</Text>
    </Group>
  );
}

function Row({ station, onRevoke }: { station: StationView; onRevoke: () => void }) {
  const t = useT();
  const revoked = station.revokedAt !== null;
  return (
    <Table.Tr
      data-testid="station-row"
      data-station={station.name}
      data-revoked={revoked}
      style={revoked ? { opacity: 0.5 } : undefined}
    >
      <Table.Td fw={600}>{station.name}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Badge variant="light" color={station.kind === 'display' ? 'grape' : 'blue'}>
            {t(`station.kind.${station.kind}`)}
          </Badge>
          {station.browser && (
            <Badge variant="outline" color="gray" data-testid="station-browser">
              {t('stations.browser')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <ConnectedDot station={station} />
      </Table.Td>
      <Table.Td>
        {station.lastSeenAt === null ? t('stations.never') : when(station.lastSeenAt)}
      </Table.Td>
      <Table.Td ff="monospace">{station.lastAddress ?? '—'}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {t('stations.pairedBy', {
            time: when(station.pairedAt),
            name: station.pairedByName ?? '—',
          })}
        </Text>
        {revoked && (
          <Text size="xs" c="dimmed">
            {t('stations.revokedBy', {
              time: when(station.revokedAt!),
              name: station.revokedByName ?? '—',
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {!revoked && (
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={onRevoke}
            data-testid="station-revoke"
          >
            {t('stations.revoke')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function RevokeConfirm({ station, onClose }: { station: StationView; onClose: () => void }) {
  const t = useT();
  const revoke = useStationsStore((s) => s.revoke);
  const { busy, error, run } = useModalSave(() => {
    notifications.show({ color: 'teal', message: t('stations.revoked', { name: station.name }) });
    onClose();
  });
  return (
    <Stack>
      <Text size="sm">{t('stations.revoke.body')}</Text>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={busy}
          onClick={() => void run(() => revoke(station.id))}
          data-testid="station-revoke-confirm"
        >
          {t('stations.revoke.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The paired stations, revoked ones greyed at the bottom (main sends them last). */
export function StationsTable({
  stations,
  action,
}: {
  stations: StationView[];
  /** 添加前台, beside the list it adds to. */
  action: ReactNode;
}) {
  const t = useT();
  const [revoking, setRevoking] = useState<StationView | null>(null);
  const ordered = [
    ...stations.filter((s) => s.revokedAt === null),
    ...stations.filter((s) => s.revokedAt !== null),
  ];
  return (
    <Card withBorder radius="md" padding="lg" data-testid="stations-list">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('stations.list.title')}</Title>
        {action}
      </Group>
      {ordered.length === 0 ? (
        <Text c="dimmed" data-testid="stations-empty">
          {t('stations.list.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stations.col.name')}</Table.Th>
                <Table.Th>{t('stations.col.kind')}</Table.Th>
                <Table.Th>{t('stations.col.connected')}</Table.Th>
                <Table.Th>{t('stations.col.lastSeen')}</Table.Th>
                <Table.Th>{t('stations.col.address')}</Table.Th>
                <Table.Th>{t('stations.col.paired')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.map((s) => (
                <Row key={s.id} station={s} onRevoke={() => setRevoking(s)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? t('stations.revoke.title', { name: revoking.name }) : ''}
      >
        {revoking && <RevokeConfirm station={revoking} onClose={() => setRevoking(null)} />}
      </Modal>
    </Card>
  );
}
