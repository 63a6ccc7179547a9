import { Group, Paper, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useStationStore } from '../../features/setup/stationStore';
import { useT } from '../i18n';
import { useConnectionStore } from './connectionStore';

/** One bar for the whole app while main cannot be reached, at the top of whatever screen is open. */
export function ConnectionBar() {
  const t = useT();
  const up = useConnectionStore((s) => s.up);
  const lastUpdate = useConnectionStore((s) => s.lastUpdate);
  const role = useStationStore((s) => s.status?.role);
  // A hall display says "reconnecting" on the board itself; the hall needs no red bar.
  if (up || role === 'display') return null;
  // On a desk PC the records are on the vault PC: what is lost is the line to it.
  const station = role === 'desk';
  return (
    <Paper
      role="alert"
      data-testid="connection-bar"
      radius={0}
      px="lg"
      py={6}
      bg="red.8"
      c="white"
      // Over the header, which offers nothing that works without main (lock, sign-out).
      style={{ position: 'fixed', left: 0, right: 0, top: 0, minHeight: 64, zIndex: 1000 }}
    >
      <Group gap="sm" wrap="nowrap" mih={52}>
        <IconPlugConnectedX size={24} style={{ flexShrink: 0 }} />
        <div>
          <Text fw={700} data-testid="connection-title">
            {t(station ? 'live.offline.station.title' : 'live.offline.title')}
          </Text>
          <Text size="sm" data-testid="connection-last-update">
            {lastUpdate === null
              ? t('live.offline.never')
              : t(station ? 'live.offline.station.body' : 'live.offline.body', {
                  time: dayjs(lastUpdate).format('HH:mm:ss'),
                })}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}
