/** Below the board: the overdue complaints and the period's incidents of every branch. */
import { Stack, Title } from '@mantine/core';
import type { HqBoardBranch } from '../../../../shared/contract/hqViews';
import { labelOr, useT } from '../../app/i18n';
import { DataTable } from '../reports';
import { when } from './format';

export function OverdueComplaints({ branches }: { branches: HqBoardBranch[] }) {
  const t = useT();
  const rows = branches.flatMap((b) =>
    b.overdueComplaints.map((c) => ({
      key: `${b.siteId}-${c.number}`,
      cells: [
        b.name,
        c.number,
        labelOr(t, `complaint.category.${c.category}`, c.category),
        c.level,
        c.resolutionDue === null ? '—' : when(t, c.resolutionDue),
      ],
    })),
  );
  return (
    <Stack gap="xs">
      <Title order={4}>{t('hq.board.overdueTitle')}</Title>
      <DataTable
        testId="hq-overdue-list"
        head={[
          { label: t('hq.board.branch') },
          { label: t('hq.col.number') },
          { label: t('hq.col.category') },
          { label: t('hq.col.level'), numeric: true },
          { label: t('hq.col.due') },
        ]}
        rows={rows}
        empty={t('hq.board.noOverdue')}
      />
    </Stack>
  );
}

export function Incidents({ branches }: { branches: HqBoardBranch[] }) {
  const t = useT();
  const yes = (v: boolean) => (v ? t('hq.yes') : t('hq.no'));
  const rows = branches.flatMap((b) =>
    b.incidents.map((i) => ({
      key: `${b.siteId}-${i.number}`,
      cells: [
        b.name,
        i.number,
        labelOr(t, `incidents.kind.${i.kind}`, i.kind),
        when(t, i.occurredAt),
        yes(i.injured),
        yes(i.hospitalEscort),
        yes(i.signed),
      ],
    })),
  );
  return (
    <Stack gap="xs">
      <Title order={4}>{t('hq.board.incidentsTitle')}</Title>
      <DataTable
        testId="hq-incident-list"
        head={[
          { label: t('hq.board.branch') },
          { label: t('hq.col.number') },
          { label: t('hq.col.kind') },
          { label: t('hq.col.occurredAt') },
          { label: t('hq.col.injured') },
          { label: t('hq.col.escort') },
          { label: t('hq.col.signed') },
        ]}
        rows={rows}
        empty={t('hq.board.noIncidents')}
      />
    </Stack>
  );
}
