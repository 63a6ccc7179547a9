/** 报表: the site's figures for a day, week, month or any range, against the period before. */
import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconPrinter, IconRefresh } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { JobProgress } from '../jobs/JobProgress';
import { printParam } from './period';
import { PeriodBar } from './PeriodBar';
import { ReportBody } from './ReportBody';
import { useReportsStore, type ExportFormat } from './store';
import { Summary } from './Summary';

function ExportButtons() {
  const t = useT();
  const { period, report, exportJob, exportAs } = useReportsStore();
  const busy = exportJob?.state === 'running';
  const button = (format: ExportFormat, label: string, icon: ReactNode) => (
    <Button
      variant="default"
      leftSection={icon}
      disabled={busy}
      onClick={() => void exportAs(format)}
      data-testid={`report-export-${format}`}
    >
      {label}
    </Button>
  );
  return (
    <>
      {button('xlsx', t('reports.export.xlsx'), <IconFileSpreadsheet size={18} />)}
      {button('csv', t('reports.export.csv'), <IconFileText size={18} />)}
      <Button
        leftSection={<IconPrinter size={18} />}
        disabled={!report}
        onClick={() => go('print', printParam(period))}
        data-testid="report-print"
      >
        {t('reports.print')}
      </Button>
    </>
  );
}

function ExportStatus() {
  const t = useT();
  const { exportJob, exportError } = useReportsStore();
  if (exportError) return <ErrorAlert error={exportError} />;
  if (!exportJob) return null;
  const file = exportJob.result?.fileName ?? '';
  return (
    <div data-testid="report-export-status">
      <JobProgress job={exportJob} size="sm" doneLine={t('reports.export.saved', { file })} />
    </div>
  );
}

/** Which periods were compared, and when main counted them. */
function CompareLine() {
  const t = useT();
  const report = useReportsStore((s) => s.report);
  if (!report) return null;
  const p = report.previousPeriod;
  return (
    <Text size="sm" c="dimmed" data-testid="report-compared">
      {t('reports.comparedWith', {
        from: p.from,
        to: p.to,
        time: dayjs(report.generatedAt).format('YYYY-MM-DD HH:mm'),
      })}
    </Text>
  );
}

export function ReportsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { report, job, error, show, reload } = useReportsStore();
  useEffect(() => {
    useReportsStore.getState().forStaff(session.staffId);
    // Opening the screen builds the period last shown (today's figures move).
    void show(useReportsStore.getState().period);
  }, [show, session.staffId]);
  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="reports.build" feature={t('nav.reports')} role={session.role} />;
  const building = job?.state === 'running' || (!report && !error);
  return (
    <div data-testid="reports-screen" data-ready={(report && !building) || undefined}>
      <PageHeader
        title={t('reports.title')}
        subtitle={t('reports.subtitle')}
        actions={<ExportButtons />}
      />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PeriodBar />
        <Tooltip label={t('reports.reload')}>
          <Button
            variant="subtle"
            px="xs"
            aria-label={t('reports.reload')}
            onClick={() => void reload()}
            loading={building && !!report}
            data-testid="report-reload"
          >
            <IconRefresh size={18} />
          </Button>
        </Tooltip>
      </Group>
      <Stack gap="md">
        <ExportStatus />
        <ErrorAlert error={error} />
        {job && building && <JobProgress job={job} />}
        {job?.state === 'cancelled' && !report && <JobProgress job={job} />}
        {report && (
          <>
            <CompareLine />
            <Summary view={report} />
            <ReportBody view={report} />
          </>
        )}
      </Stack>
    </div>
  );
}
