/** 跨店报表: the branches' figures summed for a period, the same charts as a branch's report. */
import { Button, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { JobProgress } from '../jobs/JobProgress';
import { PeriodPicker, ReportBody, Summary, type ExportFormat } from '../reports';
import { BranchTable } from './BranchTable';
import { when } from './format';
import { useHqStore } from './store';

function ExportButtons() {
  const t = useT();
  const busy = useHqStore((s) => s.exportJob?.state === 'running');
  const exportAs = useHqStore((s) => s.exportAs);
  const button = (format: ExportFormat, label: string, icon: ReactNode) => (
    <Button
      variant="default"
      leftSection={icon}
      disabled={busy}
      onClick={() => void exportAs(format)}
      data-testid={`hq-export-${format}`}
    >
      {label}
    </Button>
  );
  return (
    <>
      {button('xlsx', t('reports.export.xlsx'), <IconFileSpreadsheet size={18} />)}
      {button('csv', t('reports.export.csv'), <IconFileText size={18} />)}
    </>
  );
}

function ExportStatus() {
  const t = useT();
  const job = useHqStore((s) => s.exportJob);
  const error = useHqStore((s) => s.exportError);
  if (error) return <ErrorAlert error={error} />;
  if (!job) return null;
  const file = job.result?.fileName ?? '';
  return (
    <div data-testid="hq-export-status">
      <JobProgress job={job} size="sm" doneLine={t('hq.report.saved', { file })} />
    </div>
  );
}

function Bar() {
  const period = useHqStore((s) => s.period);
  const { setKind, step, goThis, setRange } = useHqStore.getState();
  return (
    <PeriodPicker
      period={period}
      setKind={setKind}
      step={step}
      goThis={goThis}
      setRange={setRange}
    />
  );
}

export function HqReportScreen({ session }: { session: SessionView }) {
  const t = useT();
  const report = useHqStore((s) => s.report);
  const job = useHqStore((s) => s.reportJob);
  const error = useHqStore((s) => s.reportError);
  useEffect(() => {
    useHqStore.getState().forStaff(session.staffId);
    void useHqStore.getState().showPeriod(useHqStore.getState().period);
  }, [session.staffId]);
  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="hq.report" feature={t('nav.hqreport')} role={session.role} />;
  const reading = job?.state === 'running';
  return (
    <div data-testid="hq-report-screen" data-ready={(report && !reading) || undefined}>
      <PageHeader
        title={t('hq.report.title')}
        subtitle={t('hq.report.subtitle')}
        actions={<ExportButtons />}
      />
      <Bar />
      <Stack gap="md">
        <ExportStatus />
        <ErrorAlert error={error} />
        {job && reading && <JobProgress job={job} />}
        {report && (
          <>
            <Text size="sm" c="dimmed" data-testid="hq-report-compared">
              {t('reports.comparedWith', {
                from: report.previousPeriod.from,
                to: report.previousPeriod.to,
                time: when(t, report.generatedAt),
              })}
            </Text>
            <Summary view={report} />
            <BranchTable branches={report.branches} />
            <ReportBody view={report} />
          </>
        )}
      </Stack>
    </div>
  );
}
