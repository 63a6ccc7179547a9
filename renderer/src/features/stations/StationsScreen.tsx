import { Button, Stack, Text } from '@mantine/core';
import { IconDeviceTv, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { AddStationModal } from './AddStationModal';
import { LanCard } from './LanCard';
import { StationsTable } from './StationsTable';
import { useStationsStore } from './store';

/** How often the open screen reads the list again (connected dots, last seen). */
export const STATIONS_REFRESH_MS = 5000;
/** While the listener starts (enabled, neither listening nor failed), how often to look. */
export const LAN_STARTING_MS = 500;

/** 局域网前台 (admin): the LAN listener, adding a desk with a one-time code, the paired list. */
export function StationsScreen() {
  const t = useT();
  const lan = useStationsStore((s) => s.lan);
  const stations = useStationsStore((s) => s.stations);
  const error = useStationsStore((s) => s.error);
  const [adding, setAdding] = useState(false);
  const close = useCallback(() => setAdding(false), []);
  useEffect(() => {
    void useStationsStore.getState().load();
    const id = setInterval(
      () => void useStationsStore.getState().loadStations(),
      STATIONS_REFRESH_MS,
    );
    return () => clearInterval(id);
  }, []);
  const starting = !!lan?.enabled && !lan.listening && !lan.problem;
  // The listener starts after lan.update has answered: look again until it listens or fails.
  useEffect(() => {
    if (!starting) return;
    const id = setTimeout(() => void useStationsStore.getState().loadLan(), LAN_STARTING_MS);
    return () => clearTimeout(id);
  }, [starting, lan]);
  const ready = !!lan?.enabled && lan.listening;
  return (
    <Stack gap="md" data-testid="stations-screen">
      <PageHeader
        title={t('stations.title')}
        subtitle={t('stations.intro')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDeviceTv size={18} />}
            onClick={() => go('hall')}
            data-testid="stations-open-hall"
          >
            {t('stations.openHall')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      {lan && <LanCard lan={lan} />}
      {lan && !ready && (
        <Text size="sm" c="dimmed">
          {t('stations.add.needsLan')}
        </Text>
      )}
      <StationsTable
        stations={stations}
        action={
          <Button
            leftSection={<IconPlus size={18} />}
            disabled={!ready}
            onClick={() => setAdding(true)}
            data-testid="stations-add"
          >
            {t('stations.add')}
          </Button>
        }
      />
      <AddStationModal opened={adding} onClose={close} />
    </Stack>
  );
}
