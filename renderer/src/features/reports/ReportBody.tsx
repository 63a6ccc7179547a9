/** The report's sections on screen: each chart beside the table of its numbers. */
import { Stack } from '@mantine/core';
import type { ReportView } from '../../../../shared/contract/reportViews';
import { useT } from '../../app/i18n';
import { CompareTable, DataTable, Section } from './parts';
import { chartHasData, ReportChart } from './ReportChart';
import { reportSections, type SectionModel } from './sections';

function Tables({ section }: { section: SectionModel }) {
  return (
    <Stack gap="sm">
      {section.compare && (
        <CompareTable rows={section.compare} testId={`report-${section.id}-compare`} />
      )}
      {section.tables.map((table) => (
        <DataTable
          key={table.id}
          testId={`report-${table.id}`}
          head={table.head}
          rows={table.rows}
          maxHeight={section.wide ? undefined : 300}
        />
      ))}
    </Stack>
  );
}

export function ReportBody({ view }: { view: ReportView }) {
  const t = useT();
  return (
    <Stack gap="lg" data-testid="report-body">
      {reportSections(t, view).map((section) => (
        <Section
          key={section.id}
          id={section.id}
          title={section.title}
          note={section.note}
          chartSpan={section.wide ? 12 : section.chartSpan}
          chart={chartHasData(section, view) && <ReportChart section={section} view={view} />}
          table={<Tables section={section} />}
        />
      ))}
    </Stack>
  );
}
