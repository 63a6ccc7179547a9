import {
  ActionIcon,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconChevronLeft,
  IconChevronRight,
  IconHistory,
  IconPrinter,
  IconRefresh,
} from '@tabler/icons-react';
import { memo, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { useRefresh } from '../../app/useRefresh';
import { useUiStore } from '../../app/uiStore';
import { rangeOf, useBoardStore, type BoardMode } from './boardStore';
import { BoardNowStrip } from './components/BoardNow';
import { BoardDays, TotalsStrip } from './components/BoardTable';
import { HistoryModal } from './components/HistoryModal';
import { FollowUpLine } from './components/OpenItemsSection';
import { ReviewModal, type ReviewTarget } from './components/ReviewModal';
import { weekday } from './format';

/** Memoised: the board's data arriving does not redraw the day/week switch. */
const RangeBar = memo(function RangeBar() {
  const t = useT();
  const language = useUiStore((s) => s.language);
  const { mode, anchor, setMode, step, goToday, load } = useBoardStore(
    useShallow((s) => ({
      mode: s.mode,
      anchor: s.anchor,
      setMode: s.setMode,
      step: s.step,
      goToday: s.goToday,
      load: s.load,
    })),
  );
  const { refreshing, refresh } = useRefresh(load);
  const { from, to } = rangeOf(mode, anchor);
  const prev = mode === 'day' ? t('handover.board.prevDay') : t('handover.board.prevWeek');
  const next = mode === 'day' ? t('handover.board.nextDay') : t('handover.board.nextWeek');
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Group gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(v) => void setMode(v as BoardMode)}
          data={[
            { value: 'day', label: t('handover.board.day') },
            { value: 'week', label: t('handover.board.week') },
          ]}
          data-testid="board-mode"
        />
        <Tooltip label={prev}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={prev}
            onClick={() => void step(-1)}
            data-testid="board-prev"
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <Text fw={700} fz="lg" miw={120} ta="center" data-testid="board-range">
          {from === to ? `${from} ${weekday(from, language)}` : `${from} – ${to}`}
        </Text>
        <Tooltip label={next}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={next}
            onClick={() => void step(1)}
            data-testid="board-next"
          >
            <IconChevronRight size={18} />
          </ActionIcon>
        </Tooltip>
        <Button variant="subtle" onClick={() => void goToday()} data-testid="board-today">
          {t('handover.board.today')}
        </Button>
      </Group>
      <ActionIcon
        variant="subtle"
        size="lg"
        aria-label={t('handover.board.refresh')}
        loading={refreshing}
        onClick={refresh}
      >
        <IconRefresh size={18} />
      </ActionIcon>
    </Group>
  );
});

function FollowUpsPanel() {
  const t = useT();
  const board = useBoardStore((s) => s.board);
  const openHistory = useBoardStore((s) => s.openHistory);
  const items = board?.openFollowUps ?? [];
  return (
    <Paper withBorder radius="lg" p="md" data-testid="board-followups">
      <Title order={4} mb="sm">
        {t('handover.board.followUps')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('handover.board.noFollowUps')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((f) => (
            <FollowUpLine
              key={f.entryId}
              f={f}
              action={
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconHistory size={14} />}
                  onClick={() => void openHistory(f.entryId)}
                  data-testid="followup-history"
                >
                  {t('handover.board.history')}
                </Button>
              }
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** 交接班审阅: the duty manager's and supervisor's view of every shift's handover. */
export function HandoverBoardScreen({ session }: { session: SessionView; param?: string | null }) {
  const t = useT();
  const { board, error, anchor, load, review } = useBoardStore(
    useShallow((s) => ({
      board: s.board,
      error: s.error,
      anchor: s.anchor,
      load: s.load,
      review: s.review,
    })),
  );
  const [target, setTarget] = useState<ReviewTarget | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="handover.board" feature={t('nav.handovers')} role={session.role} />;

  return (
    <div data-testid="board-screen">
      <PageHeader
        title={t('handover.board.title')}
        subtitle={t('handover.board.subtitle')}
        actions={
          <Button
            leftSection={<IconPrinter size={18} />}
            onClick={() => go('print', `day:${anchor}`)}
            data-testid="board-print"
          >
            {t('handover.board.printDay')}
          </Button>
        }
      />
      <RangeBar />
      <ErrorAlert error={error} />
      {board && <BoardNowStrip now={board.now} />}
      {board && <TotalsStrip totals={board.totals} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          {board && <BoardDays board={board} onAccept={setTarget} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <FollowUpsPanel />
        </Grid.Col>
      </Grid>
      <ReviewModal
        target={target}
        onClose={() => setTarget(null)}
        onSubmit={(note) => review(target!.handoverId, note)}
      />
      <HistoryModal />
    </div>
  );
}
