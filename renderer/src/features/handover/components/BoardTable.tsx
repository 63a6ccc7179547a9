import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { Fragment } from 'react';
import { IconChevronRight, IconPrinter } from '@tabler/icons-react';
import type { BoardShift, HandoverBoard } from '../../../../../shared/contract/handoverViews';
import { useT } from '../../../app/i18n';
import { go } from '../../../app/route';
import { useUiStore } from '../../../app/uiStore';
import { daysOf } from '../boardStore';
import { signedMoney, windowText, weekday } from '../format';
import { StateBadge } from './bits';
import type { ReviewTarget } from './ReviewModal';

const TOTALS = [
  { key: 'missing', color: 'red' },
  { key: 'flagged', color: 'orange' },
  { key: 'awaiting', color: 'blue' },
  { key: 'signed', color: 'teal' },
  { key: 'accepted', color: 'green' },
] as const;

/** The day's or week's counts, each with its word: red for missing, orange for flagged … */
export function TotalsStrip({ totals }: { totals: HandoverBoard['totals'] }) {
  const t = useT();
  const v = totals.varianceCents;
  return (
    <SimpleGrid cols={{ base: 3, md: 6 }} spacing="sm" mb="md" data-testid="board-totals">
      {TOTALS.map(({ key, color }) => (
        <Paper
          key={key}
          withBorder
          radius="md"
          p="sm"
          style={
            totals[key] > 0
              ? { borderLeft: `4px solid var(--mantine-color-${color}-6)` }
              : undefined
          }
          data-testid={`total-${key}`}
        >
          <Text size="xs" fw={600} c="dimmed">
            {t(`handover.board.total.${key}`)}
          </Text>
          <Text fz={28} fw={800} lh={1.1} c={totals[key] > 0 ? `${color}.7` : 'dimmed'}>
            {totals[key]}
          </Text>
        </Paper>
      ))}
      <Paper
        withBorder
        radius="md"
        p="sm"
        style={{ borderLeft: `4px solid var(--mantine-color-${v === 0 ? 'green' : 'red'}-6)` }}
        data-testid="total-variance"
      >
        <Text size="xs" fw={600} c="dimmed">
          {t('handover.board.total.variance')}
        </Text>
        <Text fz={22} fw={800} lh={1.3} ff="monospace" c={v === 0 ? 'green.7' : 'red.7'}>
          {signedMoney(v)}
        </Text>
      </Paper>
    </SimpleGrid>
  );
}

function ShiftRow({ s, onAccept }: { s: BoardShift; onAccept: (s: BoardShift) => void }) {
  const t = useT();
  const canAccept = s.handoverId && (s.state === 'signed' || s.state === 'flagged');
  const open = s.handoverId ? () => go('handover', s.handoverId!) : undefined;
  return (
    <Table.Tr
      onClick={open}
      style={{ cursor: open ? 'pointer' : undefined }}
      bg={
        s.state === 'missing'
          ? 'var(--mantine-color-red-light)'
          : s.state === 'flagged'
            ? 'var(--mantine-color-orange-light)'
            : undefined
      }
      data-testid="board-row"
      data-state={s.state}
    >
      <Table.Td>
        <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
          {s.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {windowText(s.plannedStart, s.plannedEnd)}
        </Text>
      </Table.Td>
      <Table.Td>
        <StateBadge state={s.state} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {s.outgoingName ?? '—'} → {s.incomingName ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td ta="right" ff="monospace" data-testid="board-variance">
        {s.varianceCents === null ? (
          <Text c="dimmed" span>
            —
          </Text>
        ) : (
          <Text span fw={700} c={s.varianceCents === 0 ? 'green.8' : 'red.7'}>
            {signedMoney(s.varianceCents)}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="board-flagged">
        <Group gap={4}>
          {s.flaggedSections.map((sec) => (
            <Badge key={sec} size="sm" color="orange" variant="outline">
              {t(`handover.section.${sec}`)}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      {s.state === 'upcoming' ? (
        // Not started: no figures of its own yet (the "now" row shows the desk).
        <Table.Td colSpan={2} ta="right" c="dimmed" data-testid="board-upcoming">
          <Text size="xs" c="dimmed" title={t('handover.board.upcomingHint')}>
            —
          </Text>
        </Table.Td>
      ) : (
        <>
          <Table.Td ta="right" c={s.openFollowUps > 0 ? 'orange.8' : 'dimmed'} fw={600}>
            {s.openFollowUps}
          </Table.Td>
          <Table.Td ta="right" c={s.tagsOut > 0 ? 'orange.8' : 'dimmed'} fw={600}>
            {s.tagsOut}
          </Table.Td>
        </>
      )}
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          {canAccept && (
            <Button
              size="compact-sm"
              color="green"
              variant="light"
              onClick={(e) => {
                e.stopPropagation();
                onAccept(s);
              }}
              data-testid="board-accept"
            >
              {t('handover.review.accept')}
            </Button>
          )}
          {open && <IconChevronRight size={18} color="var(--mantine-color-dimmed)" />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** A day's heading row inside the one table, so columns line up across the week. */
function DayHeading({ day, empty }: { day: string; empty: boolean }) {
  const t = useT();
  const language = useUiStore((s) => s.language);
  return (
    <>
      <Table.Tr data-testid="board-day" data-day={day} bg="var(--mantine-color-default-hover)">
        <Table.Td colSpan={7}>
          <Text fw={700}>
            {day}{' '}
            <Text span c="dimmed" fw={500}>
              {weekday(day, language)}
            </Text>
          </Text>
        </Table.Td>
        <Table.Td ta="right">
          <Tooltip label={t('handover.board.printDay')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('handover.board.printDay')}
              onClick={() => go('print', `day:${day}`)}
              data-testid="board-print-day"
            >
              <IconPrinter size={18} />
            </ActionIcon>
          </Tooltip>
        </Table.Td>
      </Table.Tr>
      {empty && (
        <Table.Tr>
          <Table.Td colSpan={8}>
            <Text c="dimmed" size="sm">
              {t('handover.board.noShifts')}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** Every day of the range, its shifts in planned order. */
export function BoardDays({
  board,
  onAccept,
}: {
  board: HandoverBoard;
  onAccept: (target: ReviewTarget) => void;
}) {
  const accept = (s: BoardShift) =>
    onAccept({
      handoverId: s.handoverId!,
      shiftName: s.name,
      businessDate: s.businessDate,
      flaggedSections: s.flaggedSections,
    });
  const t = useT();
  return (
    <Paper withBorder radius="lg" p="xs" mb="md">
      <Table.ScrollContainer minWidth={860}>
        <Table
          verticalSpacing="xs"
          highlightOnHover
          layout="fixed"
          styles={{ th: { whiteSpace: 'nowrap' } }}
          data-testid="board-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="16%">{t('handover.board.col.shift')}</Table.Th>
              <Table.Th w="11%">{t('handover.board.col.state')}</Table.Th>
              <Table.Th w="20%">{t('handover.board.col.people')}</Table.Th>
              <Table.Th w="11%" ta="right">
                {t('handover.board.col.variance')}
              </Table.Th>
              <Table.Th w="14%">{t('handover.board.col.flagged')}</Table.Th>
              <Table.Th w="8%" ta="right">
                {t('handover.board.col.followUps')}
              </Table.Th>
              <Table.Th w="9%" ta="right">
                {t('handover.board.col.tagsOut')}
              </Table.Th>
              <Table.Th w="11%" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {daysOf(board.from, board.to).map((day) => {
              const shifts = board.shifts
                .filter((s) => s.businessDate === day)
                .sort((a, b) => a.plannedStart - b.plannedStart);
              // Main leaves the days ahead out; an empty heading for them would read "none planned".
              if (shifts.length === 0 && day > board.now.businessDate) return null;
              return (
                <Fragment key={day}>
                  <DayHeading day={day} empty={shifts.length === 0} />
                  {shifts.map((s) => (
                    <ShiftRow
                      key={`${s.templateId}-${s.shiftId}-${s.plannedStart}`}
                      s={s}
                      onAccept={accept}
                    />
                  ))}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
