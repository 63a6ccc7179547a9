import {
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { BoardCount, ComplaintBoard } from '../../../../shared/contract/complaintViews';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../../../shared/domain/complaint';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useMyComplaintsStore } from './mineStore';
import { ComplaintTable } from './ComplaintTable';
import { minutesText } from './format';
import { useComplaintListStore } from './listStore';

const COUNT_COLORS = {
  open: 'blue',
  dueSoon: 'orange',
  overdue: 'red',
  escalated: 'grape',
  reopened: 'pink',
} as const;

function Counts({ board }: { board: ComplaintBoard }) {
  const t = useT();
  const label = (k: keyof typeof COUNT_COLORS) =>
    k === 'open' ? t('complaint.board.open') : t(`complaint.deadline.${k}`);
  return (
    <SimpleGrid cols={5} data-testid="board-counts">
      {(Object.keys(COUNT_COLORS) as (keyof typeof COUNT_COLORS)[]).map((k) => (
        <Card key={k} withBorder radius="md" padding="sm" data-testid={`board-count-${k}`}>
          <Text size="sm" c="dimmed">
            {label(k)}
          </Text>
          <Text
            fz={28}
            fw={700}
            c={board.counts[k] > 0 && k !== 'open' ? `${COUNT_COLORS[k]}.7` : undefined}
          >
            {board.counts[k]}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function Breakdown({
  title,
  rows,
  testId,
  labelOf = (r) => r.label,
}: {
  title: string;
  rows: BoardCount[];
  testId: string;
  labelOf?: (r: BoardCount) => string;
}) {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.open));
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title order={5} mb="xs">
        {title}
      </Title>
      <Stack gap={6}>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('complaints.none')}
          </Text>
        )}
        {rows.map((r) => (
          <div key={r.key}>
            <Group justify="space-between" gap="xs">
              <Text size="sm">{labelOf(r)}</Text>
              <Text size="sm" fw={600}>
                {r.open}
                {r.overdue > 0 && (
                  <Text span c="red" size="sm" ml={6}>
                    {t('complaint.deadline.overdue')} {r.overdue}
                  </Text>
                )}
              </Text>
            </Group>
            <Progress.Root size="sm">
              <Progress.Section value={(r.overdue / max) * 100} color="red" />
              <Progress.Section value={((r.open - r.overdue) / max) * 100} color="blue" />
            </Progress.Root>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function Times({ board }: { board: ComplaintBoard }) {
  const t = useT();
  const row = (label: string, m: ComplaintBoard['responseMinutes']) => (
    <Stack gap={2}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {t('complaint.board.timesCount', { count: m.count })}
        </Text>
      </Group>
      <Group gap="md">
        <Text size="sm">{t('complaint.board.median', { time: minutesText(t, m.median) })}</Text>
        <Text size="sm">{t('complaint.board.p90', { time: minutesText(t, m.p90) })}</Text>
      </Group>
    </Stack>
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="board-times">
      <Title order={5} mb="xs">
        {t('complaint.board.times')}
      </Title>
      <Stack gap="sm">
        {row(t('complaint.board.response'), board.responseMinutes)}
        {row(t('complaint.board.resolution'), board.resolutionMinutes)}
      </Stack>
    </Paper>
  );
}

/** 满意度 per week as vertical bars (Mantine's Progress; no chart library in the app). */
function Satisfaction({ board }: { board: ComplaintBoard }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="md" data-testid="board-satisfaction">
      <Title order={5} mb="xs">
        {t('complaint.board.satisfaction')}
      </Title>
      <Group gap="md" align="flex-end" wrap="nowrap" justify="space-around">
        {board.satisfaction.map((w) => (
          <Tooltip key={w.week} label={t('complaint.board.timesCount', { count: w.count })}>
            <Stack gap={4} align="center">
              <Text size="xs" fw={600}>
                {w.average === null ? '—' : w.average.toFixed(1)}
              </Text>
              <Progress
                orientation="vertical"
                h={90}
                w={16}
                value={w.average === null ? 0 : (w.average / 5) * 100}
                color={w.average === null ? 'gray' : w.average >= 3 ? 'teal' : 'red'}
              />
              <Text size="xs" c="dimmed">
                {dayjs(w.week).format('MM-DD')}
              </Text>
            </Stack>
          </Tooltip>
        ))}
      </Group>
    </Paper>
  );
}

function FollowUpsToday({ board }: { board: ComplaintBoard }) {
  const t = useT();
  const f = board.followUpsToday;
  return (
    <Paper withBorder radius="md" p="md" data-testid="board-followups">
      <Title order={5} mb="xs">
        {t('complaint.board.followUps')}
      </Title>
      <Group gap="lg">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('complaint.board.followUps.due')}
          </Text>
          <Text fz={24} fw={700}>
            {f.due}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('complaint.board.followUps.done')}
          </Text>
          <Text fz={24} fw={700} c="teal.7">
            {f.done}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('complaint.board.followUps.missed')}
          </Text>
          <Text fz={24} fw={700} c={f.missed > 0 ? 'red.7' : undefined}>
            {f.missed}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/** 投诉看板 for the duty manager, supervisor and admin. */
export function BoardPanel() {
  const t = useT();
  const { board, error, loadBoard, exportCases } = useComplaintListStore();
  const { offsetMs } = useMyComplaintsStore();
  // Escalations and changes push "my cases"; the board is read again with them.
  const mine = useMyComplaintsStore((s) => s.mine);
  useEffect(() => {
    void loadBoard();
  }, [loadBoard, mine]);
  useEffect(() => {
    // "My cases" carries main's clock for the attention list's countdowns.
    void useMyComplaintsStore.getState().load();
  }, []);
  const startExport = async () => {
    const e = await exportCases();
    notifications.show(
      e
        ? { color: 'red', message: e.message }
        : { color: 'teal', message: t('complaint.board.exportStarted') },
    );
  };
  return (
    <Stack gap="md" data-testid="complaint-board">
      <ErrorAlert error={error} />
      {board && (
        <>
          <Counts board={board} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Paper withBorder radius="md" p="md" data-testid="board-attention" h="100%">
                <Group justify="space-between" mb="xs">
                  <Title order={5}>{t('complaint.board.attention')}</Title>
                  <Badge variant="light" color="red">
                    {board.attention.length}
                  </Badge>
                </Group>
                <ComplaintTable
                  items={board.attention.slice(0, 8)}
                  offsetMs={offsetMs}
                  testId="board-attention-rows"
                  compact
                />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="md">
                <Satisfaction board={board} />
                <FollowUpsToday board={board} />
              </Stack>
            </Grid.Col>
          </Grid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Breakdown
              title={t('complaint.board.byOwner')}
              rows={board.byOwner}
              testId="board-by-owner"
            />
            <Breakdown
              title={t('complaint.board.byCategory')}
              rows={board.byCategory}
              labelOf={(r) =>
                (COMPLAINT_CATEGORIES as readonly string[]).includes(r.key)
                  ? t(`complaint.category.${r.key as ComplaintCategory}`)
                  : r.label
              }
              testId="board-by-category"
            />
            <Times board={board} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => void startExport()}
              data-testid="board-export"
            >
              {t('complaint.board.export')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
