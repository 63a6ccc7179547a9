/** The report screen's building blocks: a section with its chart beside its table, a table. */
import { Badge, Grid, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { delta, deltaColor, type Good } from './format';
import type { CompareRow } from './sections';

/** A chart and the table of its numbers: side by side when there is room, else one below. */
export function Section({
  id,
  title,
  note,
  chart,
  table,
  chartSpan = 7,
}: {
  id: string;
  title: string;
  note?: ReactNode;
  chart?: ReactNode;
  table: ReactNode;
  chartSpan?: number;
}) {
  return (
    <Paper withBorder radius="lg" p="md" data-testid={`report-${id}`} component="section">
      <Title order={3} size="h4" mb={note ? 2 : 'sm'}>
        {title}
      </Title>
      {note && (
        <Text size="sm" c="dimmed" mb="sm">
          {note}
        </Text>
      )}
      {chart ? (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, md: chartSpan }} data-testid={`report-${id}-chart`}>
            {chart}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: chartSpan >= 12 ? 12 : 12 - chartSpan }}>
            {table}
          </Grid.Col>
        </Grid>
      ) : (
        table
      )}
    </Paper>
  );
}

/** The change against the previous period, coloured by whether a rise is good news. */
export function DeltaBadge({
  current,
  previous,
  good,
}: {
  current: number | null;
  previous: number | null;
  good: Good;
}) {
  const d = delta(current, previous);
  return (
    <Badge
      variant="light"
      color={deltaColor(d.direction, good)}
      radius="sm"
      data-direction={d.direction}
      data-testid="report-delta"
      style={{ flexShrink: 0 }}
      styles={{ label: { textTransform: 'none', fontVariantNumeric: 'tabular-nums' } }}
    >
      {d.text}
    </Badge>
  );
}

/** Each figure now, in the previous period, and the change. */
export function CompareTable({ rows, testId }: { rows: CompareRow[]; testId: string }) {
  const t = useT();
  return (
    <Table striped withTableBorder data-testid={testId} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.col.figure')}</Table.Th>
          <Table.Th ta="right" style={NOWRAP}>
            {t('reports.col.current')}
          </Table.Th>
          <Table.Th ta="right" style={NOWRAP}>
            {t('reports.col.previous')}
          </Table.Th>
          <Table.Th ta="right" style={NOWRAP}>
            {t('reports.col.change')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key} data-testid={`row-${r.key}`}>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td ta="right" fw={600} data-testid={`cur-${r.key}`} style={NUM}>
              {r.format(r.current)}
            </Table.Td>
            <Table.Td ta="right" c="dimmed" data-testid={`prev-${r.key}`} style={NUM}>
              {r.format(r.previous)}
            </Table.Td>
            <Table.Td ta="right">
              <DeltaBadge current={r.current} previous={r.previous} good={r.good} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export const NUM = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
/** Headers and dates stay on one line; a table too wide for its column scrolls. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** A plain table of columns and rows, scrolling inside its own height when long. */
export function DataTable({
  testId,
  head,
  rows,
  maxHeight,
  empty,
}: {
  testId: string;
  head: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: ReactNode[] }[];
  maxHeight?: number;
  empty?: string;
}) {
  const t = useT();
  const table = (
    <Table striped withTableBorder stickyHeader={!!maxHeight} data-testid={testId} fz="sm">
      <Table.Thead>
        <Table.Tr>
          {head.map((h) => (
            <Table.Th key={h.label} ta={h.numeric ? 'right' : undefined} style={NOWRAP}>
              {h.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={head.length} c="dimmed">
              {empty ?? t('reports.noneInPeriod')}
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            {r.cells.map((c, i) => (
              <Table.Td
                key={i}
                ta={head[i]?.numeric ? 'right' : undefined}
                style={head[i]?.numeric || i === 0 ? NUM : undefined}
              >
                {c}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars>
      {table}
    </ScrollArea.Autosize>
  );
}
