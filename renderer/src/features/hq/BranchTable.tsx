/** 跨店报表's own table: each branch's figures of the period, and all of them together. */
import { Stack, Title } from '@mantine/core';
import type { HqBranchFigures } from '../../../../shared/contract/hqViews';
import { useT } from '../../app/i18n';
import { count, DataTable, money } from '../reports';

interface Row {
  daysReported: number;
  checkIns: number;
  visitors: number;
  cardsCents: number;
  takingsCents: number;
  signed: number;
  missing: number;
  complaints: number;
}

function rowOf(b: HqBranchFigures): Row {
  const f = b.figures;
  return {
    daysReported: b.daysReported,
    checkIns: f.checkIns.gender.total,
    visitors: f.visitors.total,
    cardsCents: f.cardsSold.cents,
    takingsCents: f.cash.takingsCents,
    signed: f.handovers.signed,
    missing: f.handovers.missing,
    complaints: f.complaints.opened,
  };
}

const NONE: Row = {
  daysReported: 0,
  checkIns: 0,
  visitors: 0,
  cardsCents: 0,
  takingsCents: 0,
  signed: 0,
  missing: 0,
  complaints: 0,
};

function sum(rows: Row[]): Row {
  const total = { ...NONE };
  for (const r of rows) for (const k of Object.keys(total) as (keyof Row)[]) total[k] += r[k];
  return total;
}

const cells = (name: string, r: Row) => [
  name,
  count(r.daysReported),
  count(r.checkIns),
  count(r.visitors),
  money(r.cardsCents),
  money(r.takingsCents),
  `${count(r.signed)} / ${count(r.missing)}`,
  count(r.complaints),
];

export function BranchTable({ branches }: { branches: HqBranchFigures[] }) {
  const t = useT();
  const rows = branches.map((b) => ({ key: b.siteId, row: rowOf(b), name: b.name }));
  const total = sum(rows.map((r) => r.row));
  return (
    <Stack gap="xs">
      <Title order={4}>{t('hq.report.branchesTitle')}</Title>
      <DataTable
        testId="hq-report-branches"
        head={[
          { label: t('hq.board.branch') },
          { label: t('hq.report.daysReported'), numeric: true },
          { label: t('hq.report.checkIns'), numeric: true },
          { label: t('hq.report.visitors'), numeric: true },
          { label: t('hq.report.cardsSold'), numeric: true },
          { label: t('hq.report.takings'), numeric: true },
          { label: t('hq.report.handovers'), numeric: true },
          { label: t('hq.report.complaints'), numeric: true },
        ]}
        rows={[
          ...rows.map((r) => ({ key: r.key, cells: cells(r.name, r.row) })),
          ...(rows.length > 1 ? [{ key: 'total', cells: cells(t('hq.report.total'), total) }] : []),
        ]}
      />
    </Stack>
  );
}
