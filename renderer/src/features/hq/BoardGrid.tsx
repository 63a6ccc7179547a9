/** The board's grid: a row per branch, a narrow cell per day, the branch's totals at the end. */
import { Badge, Box, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import type { HqBoardBranch, HqBoardDay, HqDayState } from '../../../../shared/contract/hqViews';
import { useT } from '../../app/i18n';
import { count, money, NUM } from '../reports';
import { shortWhen } from './format';

const CELL = 18;

const CELL_STYLE: Record<HqDayState, React.CSSProperties> = {
  signed: { background: 'var(--mantine-color-teal-6)' },
  flagged: { background: 'var(--mantine-color-yellow-5)' },
  missing: { background: 'var(--mantine-color-red-6)' },
  waiting: { border: '1px solid var(--mantine-color-gray-5)' },
  none: {},
};

function DayCell({ siteId, day }: { siteId: string; day: HqBoardDay }) {
  const t = useT();
  const label = t('hq.day.tooltip', {
    date: day.date,
    state: t(`hq.day.${day.state}`),
    expected: count(day.expected),
    signed: day.signed,
    flagged: day.flagged,
    variance: money(day.varianceCents),
  });
  return (
    <Table.Td p={1} w={CELL}>
      <Tooltip label={label} withinPortal openDelay={150}>
        <Box
          w={CELL - 4}
          h={CELL - 4}
          style={{ borderRadius: 3, ...CELL_STYLE[day.state] }}
          aria-label={label}
          data-testid={`hq-cell-${siteId}-${day.date}`}
          data-state={day.state}
        />
      </Tooltip>
    </Table.Td>
  );
}

/** Attention first; otherwise the order main sent (by name). */
export const byAttention = (branches: HqBoardBranch[]) =>
  [...branches].sort((a, b) => Number(b.attention) - Number(a.attention));

const STICKY = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
} as const;

function BranchName({ branch }: { branch: HqBoardBranch }) {
  const t = useT();
  const edge = branch.attention ? '4px solid var(--mantine-color-red-6)' : '4px solid transparent';
  return (
    <Table.Td style={{ ...STICKY, borderLeft: edge, minWidth: 120, maxWidth: 150 }}>
      <Text size="sm" fw={600} truncate>
        {branch.name}
      </Text>
      {branch.attention && (
        <Badge color="red" size="xs" data-testid="hq-attention">
          {t('hq.board.attention')}
        </Badge>
      )}
    </Table.Td>
  );
}

/** 11-29 over 18:10: two narrow lines instead of one wide one. */
function Stamp({ ms, testId }: { ms: number | null; testId: string }) {
  const t = useT();
  const [date, time] = shortWhen(t, ms).split(' ');
  return (
    <Table.Td ta="right" style={NUM} fz="xs" lh={1.25} data-testid={testId}>
      {date}
      {time && <br />}
      {time}
    </Table.Td>
  );
}

function Totals({ branch }: { branch: HqBoardBranch }) {
  const { totals } = branch;
  const num = (v: string, testId: string, color?: string) => (
    <Table.Td ta="right" style={NUM} fz="xs" c={color} data-testid={testId}>
      {v}
    </Table.Td>
  );
  const overdue = branch.overdueComplaints.length;
  return (
    <>
      {num(count(totals.signed), 'hq-signed')}
      {num(count(totals.flagged), 'hq-flagged', totals.flagged ? 'yellow.8' : undefined)}
      {num(count(totals.missing), 'hq-missing', totals.missing ? 'red' : undefined)}
      {num(
        money(totals.varianceCents),
        'hq-variance',
        totals.varianceCents < 0 ? 'red' : undefined,
      )}
      {num(`${branch.openComplaints} / ${overdue}`, 'hq-complaints', overdue ? 'red' : undefined)}
      {num(count(branch.incidents.length), 'hq-incidents')}
      <Table.Td ta="center">
        {branch.problems.length > 0 ? (
          <Badge color="red" size="sm" data-testid="hq-problems">
            {branch.problems.length}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed">
            0
          </Text>
        )}
      </Table.Td>
      <Stamp ms={branch.lastReceivedAt} testId="hq-last-received" />
      <Stamp ms={branch.backupLastOkAt} testId="hq-last-backup" />
    </>
  );
}

export function BoardGrid({ days, branches }: { days: string[]; branches: HqBoardBranch[] }) {
  const t = useT();
  // The totals' headings wrap: 31 day columns and nine totals fit 1366 px only so.
  const head = (label: string) => (
    <Table.Th ta="right" fz={11} lh={1.2} style={{ verticalAlign: 'bottom' }}>
      {label}
    </Table.Th>
  );
  return (
    <ScrollArea type="auto" offsetScrollbars data-testid="hq-board-grid">
      <Table withTableBorder verticalSpacing={4} horizontalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ ...STICKY, verticalAlign: 'bottom' }}>
              {t('hq.board.branch')}
            </Table.Th>
            {days.map((d) => (
              <Table.Th
                key={d}
                p={1}
                w={CELL}
                ta="center"
                fz={10}
                c="dimmed"
                style={{ verticalAlign: 'bottom' }}
              >
                {Number(d.slice(8))}
              </Table.Th>
            ))}
            {head(t('hq.board.signed'))}
            {head(t('hq.board.flagged'))}
            {head(t('hq.board.missing'))}
            {head(t('hq.board.variance'))}
            {head(t('hq.board.complaints'))}
            {head(t('hq.board.incidents'))}
            {head(t('hq.board.problems'))}
            {head(t('hq.board.lastReceived'))}
            {head(t('hq.board.lastBackup'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byAttention(branches).map((b) => (
            <Table.Tr key={b.siteId} data-testid="hq-board-row" data-site={b.siteId}>
              <BranchName branch={b} />
              {b.days.map((d) => (
                <DayCell key={d.date} siteId={b.siteId} day={d} />
              ))}
              <Totals branch={b} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
