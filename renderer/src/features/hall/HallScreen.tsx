import { ActionIcon, Box, Group, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { HallBoardView } from '../../../../shared/contract/stationViews';
import { useT } from '../../app/i18n';
import { playNotes } from '../../app/live/noticeSound';
import { useConnectionStore, useWhenBack } from '../../app/live/connectionStore';
import { useHallStore } from './store';

/** Colours for a TV across the hall: light type on a dark ground, one accent for the call. */
const BG = '#0b1320';
const PANEL = '#15213a';
const ACCENT = '#4fd1c5';
const DIM = '#9fb0c8';

/** A doorbell's two notes, a little lower and longer than the desk's notice tone. */
const chime = () => playNotes([659, 988], 0.35);

function useClock(offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    setNow(Date.now() + offsetMs);
    return () => clearInterval(id);
  }, [offsetMs]);
  return now;
}

function counterText(t: ReturnType<typeof useT>, counter: string | null): string {
  return counter ? t('hall.counter', { counter }) : t('hall.noCounter');
}

function Latest({ board }: { board: HallBoardView }) {
  const t = useT();
  const latest = board.called[0];
  if (!latest)
    return (
      <Text fz="5vh" c={DIM} ta="center" data-testid="hall-nobody">
        {t('hall.nobody')}
      </Text>
    );
  return (
    <Stack align="center" gap={0} data-testid="hall-latest" data-number={latest.number}>
      <Text fz="4.5vh" fw={600} c={DIM}>
        {t('hall.nowCalling')}
      </Text>
      <Text fz="32vh" fw={800} lh={1} c={ACCENT} ff="monospace" data-testid="hall-latest-number">
        {latest.number}
      </Text>
      <Text fz="8vh" fw={700} c="white" lh={1.2} ta="center" data-testid="hall-latest-counter">
        {counterText(t, latest.counter)}
      </Text>
    </Stack>
  );
}

/** The others called and not yet served, latest first, as many as fit beside the big one. */
function OthersCalled({ board }: { board: HallBoardView }) {
  const t = useT();
  const others = board.called.slice(1, 6);
  return (
    <Stack gap="1.5vh" data-testid="hall-called">
      <Text fz="3.5vh" fw={600} c={DIM}>
        {t('hall.alsoCalled')}
      </Text>
      {others.map((c) => (
        <Group
          key={`${c.number}-${c.calledAt}`}
          bg={PANEL}
          px="2vw"
          py="1vh"
          justify="space-between"
          wrap="nowrap"
          style={{ borderRadius: 16 }}
          data-number={c.number}
        >
          <Text fz="7vh" fw={800} c="white" ff="monospace" lh={1.1}>
            {c.number}
          </Text>
          <Text fz="4vh" c={DIM} ta="right" lh={1.1}>
            {counterText(t, c.counter)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function Footer({ board }: { board: HallBoardView }) {
  const t = useT();
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap">
      <div data-testid="hall-recent">
        {board.recent.length > 0 && (
          <>
            <Text fz="2.8vh" c={DIM}>
              {t('hall.recent')}
            </Text>
            <Text fz="4vh" c={DIM} ff="monospace" style={{ wordSpacing: '1.5vw' }}>
              {board.recent
                .slice(0, 8)
                .map((r) => r.number)
                .join(' ')}
            </Text>
          </>
        )}
      </div>
      <Group gap="1vw" align="baseline" wrap="nowrap">
        <Text fz="3.5vh" c={DIM}>
          {t('hall.waiting')}
        </Text>
        <Text fz="8vh" fw={800} c="white" lh={1} data-testid="hall-waiting">
          {board.waiting}
        </Text>
      </Group>
    </Group>
  );
}

/**
 * 叫号屏, full window: the latest number huge with its counter, the others called, the last
 * served small, the waiting count, site name and clock. Readable at 3 m; never a name or phone.
 */
export function HallScreen({ onClose }: { onClose?: () => void }) {
  const t = useT();
  const board = useHallStore((s) => s.board);
  const offsetMs = useHallStore((s) => s.offsetMs);
  const calls = useHallStore((s) => s.calls);
  const up = useConnectionStore((s) => s.up);
  const now = useClock(offsetMs);
  useEffect(() => {
    const { load, follow } = useHallStore.getState();
    const off = follow();
    void load();
    return off;
  }, []);
  // Back after a lost line: main may have restarted and forgotten this window as a watcher.
  useWhenBack(() => void useHallStore.getState().load());
  useEffect(() => {
    if (calls > 0) chime();
  }, [calls]);

  return (
    <Box
      bg={BG}
      c="white"
      mih="100vh"
      px="4vw"
      py="4vh"
      style={{ display: 'flex', flexDirection: 'column', gap: '3vh' }}
      data-testid="hall-screen"
    >
      <Group justify="space-between" wrap="nowrap">
        <Text fz="5vh" fw={700} data-testid="hall-site">
          {board?.siteName ?? t('hall.title')}
        </Text>
        <Group gap="lg" wrap="nowrap">
          {!up && (
            <Text fz="3vh" c="orange.4">
              {t('hall.offline')}
            </Text>
          )}
          <Text fz="6vh" fw={700} ff="monospace" data-testid="hall-clock">
            {dayjs(now).format('HH:mm')}
          </Text>
          {onClose && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={onClose}
              aria-label={t('hall.close')}
              data-testid="hall-close"
            >
              <IconX size={22} />
            </ActionIcon>
          )}
        </Group>
      </Group>
      {board && (
        <>
          <Group align="center" wrap="nowrap" gap="3vw" style={{ flex: 1 }}>
            <Box style={{ flex: 3, display: 'flex', justifyContent: 'center' }}>
              <Latest board={board} />
            </Box>
            {board.called.length > 1 && (
              <Box style={{ flex: 2, alignSelf: 'stretch' }}>
                <OthersCalled board={board} />
              </Box>
            )}
          </Group>
          <Footer board={board} />
        </>
      )}
    </Box>
  );
}
