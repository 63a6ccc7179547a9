/** 总部看板: every branch's month at a glance; the start screen at head office. */
import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { JobProgress } from '../jobs/JobProgress';
import { BoardGrid } from './BoardGrid';
import { Incidents, OverdueComplaints } from './BoardLists';
import { when } from './format';
import { useHqStore } from './store';

function MonthBar() {
  const t = useT();
  const month = useHqStore((s) => s.month);
  const { stepMonth, thisMonth, showMonth } = useHqStore.getState();
  const arrow = (direction: -1 | 1) => {
    const label = t(direction < 0 ? 'hq.board.prev' : 'hq.board.next');
    return (
      <Tooltip label={label}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={label}
          onClick={() => void stepMonth(direction)}
          data-testid={direction < 0 ? 'hq-month-prev' : 'hq-month-next'}
        >
          {direction < 0 ? <IconChevronLeft size={18} /> : <IconChevronRight size={18} />}
        </ActionIcon>
      </Tooltip>
    );
  };
  return (
    <Group gap="sm" mb="md">
      {arrow(-1)}
      <Text fw={700} fz="lg" miw={90} ta="center" data-testid="hq-month">
        {month.slice(0, 7)}
      </Text>
      {arrow(1)}
      <Button variant="subtle" onClick={() => void thisMonth()} data-testid="hq-month-this">
        {t('hq.board.this')}
      </Button>
      <Tooltip label={t('hq.reload')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('hq.reload')}
          onClick={() => void showMonth(month)}
          data-testid="hq-board-reload"
        >
          <IconRefresh size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

export function HqBoardScreen({ session }: { session: SessionView }) {
  const t = useT();
  const board = useHqStore((s) => s.board);
  const job = useHqStore((s) => s.boardJob);
  const error = useHqStore((s) => s.boardError);
  useEffect(() => {
    useHqStore.getState().forStaff(session.staffId);
    void useHqStore.getState().showMonth(useHqStore.getState().month);
  }, [session.staffId]);
  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="hq.board" feature={t('nav.hqboard')} role={session.role} />;
  const reading = job?.state === 'running';
  return (
    <div data-testid="hq-board-screen" data-ready={(board && !reading) || undefined}>
      <PageHeader title={t('hq.board.title')} subtitle={t('hq.board.subtitle')} />
      <MonthBar />
      <Stack gap="md">
        <ErrorAlert error={error} />
        {job && reading && <JobProgress job={job} size="sm" />}
        {board && board.branches.length === 0 && (
          <Text c="dimmed" data-testid="hq-board-empty">
            {t('hq.board.noBranches')}
          </Text>
        )}
        {board && board.branches.length > 0 && (
          <>
            <BoardGrid days={board.days} branches={board.branches} />
            <Text size="xs" c="dimmed">
              {t('hq.board.generated', { time: when(t, board.generatedAt) })}
            </Text>
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
              <OverdueComplaints branches={board.branches} />
              <Incidents branches={board.branches} />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </div>
  );
}
