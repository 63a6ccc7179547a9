/** The report on an A4 sheet (`#/print/report:<kind>:<from>[:<to>]`): figures, tables, charts. */
import { Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { ReportView } from '../../../../shared/contract/reportViews';
import type { MessageKey } from '../../../../shared/i18n';
import { ErrorAlert } from '../../app/ErrorAlert';
import { PrintToolbar } from '../../app/PrintToolbar';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { PRINT_CSS } from '../handover/components/printCss';
import { pdfFileName, usePrintStore } from '../handover/printStore';
import { useVaultStore } from '../setup/store';
import { delta } from './format';
import { parseReportParam, samePeriod } from './period';
import { chartHasData, ReportChart } from './ReportChart';
import { reportSections, summaryCards, type CompareRow, type SectionModel } from './sections';
import { useReportsStore } from './store';

const REPORT_CSS = `
.rp-chart { margin: 4px 0 8px; break-inside: avoid; }
.rp-heat td, .rp-heat th { padding: 2px 3px; font-size: 8pt; }
.hp-stats.rp-stats { grid-template-columns: repeat(3, 1fr); }
.rp-delta { font-size: 8.5pt; color: #495057; margin-left: 6px; }
`;

function CompareRows({ rows }: { rows: CompareRow[] }) {
  const t = useT();
  return (
    <table>
      <thead>
        <tr>
          <th>{t('reports.col.figure')}</th>
          <th className="hp-num">{t('reports.col.current')}</th>
          <th className="hp-num">{t('reports.col.previous')}</th>
          <th className="hp-num">{t('reports.col.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            <td className="hp-num">
              <b>{r.format(r.current)}</b>
            </td>
            <td className="hp-num">{r.format(r.previous)}</td>
            <td className="hp-num">{delta(r.current, r.previous).text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintSection({ section, view }: { section: SectionModel; view: ReportView }) {
  return (
    <section>
      <h2>{section.title}</h2>
      {section.note && <p className="hp-small hp-muted">{section.note}</p>}
      {chartHasData(section, view) && (
        <div className="rp-chart">
          <ReportChart section={section} view={view} print />
        </div>
      )}
      {section.compare && <CompareRows rows={section.compare} />}
      {section.tables.map((table) => (
        <table key={table.id} className={table.id === 'heat-table' ? 'rp-heat' : undefined}>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h.label} className={h.numeric ? 'hp-num' : undefined}>
                  {h.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.key}>
                {r.cells.map((c, i) => (
                  <td key={i} className={table.head[i]?.numeric ? 'hp-num' : undefined}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

function Sheet({ view, printedAt }: { view: ReportView; printedAt: number }) {
  const t = useT();
  const siteName = useVaultStore((s) => s.status?.siteName) ?? '';
  const { period, previousPeriod: prev } = view;
  return (
    <>
      <header className="hp-head">
        <div>
          <div className="hp-site">{siteName}</div>
          <h1 data-testid="rprint-title">
            {t(`reports.kind.${period.kind}` as MessageKey)} {period.from}
            {period.to !== period.from ? ` – ${period.to}` : ''}
          </h1>
          <div className="hp-small hp-muted">
            {t('reports.comparedWith', {
              from: prev.from,
              to: prev.to,
              time: dayjs(view.generatedAt).format('YYYY-MM-DD HH:mm'),
            })}
          </div>
        </div>
      </header>
      <div className="hp-stats rp-stats">
        {summaryCards(t, view).map((c) => (
          <div key={c.key} className="hp-stat">
            <span className="hp-small hp-muted">{c.label}</span>
            <b>
              {c.format(c.current)}
              <span className="rp-delta">{delta(c.current, c.previous).text}</span>
            </b>
          </div>
        ))}
      </div>
      {reportSections(t, view).map((s) => (
        <PrintSection key={s.id} section={s} view={view} />
      ))}
      <div className="hp-foot">
        <span>{t('reports.title')}</span>
        <span>{t('reports.printed', { time: dayjs(printedAt).format('YYYY-MM-DD HH:mm') })}</span>
      </div>
    </>
  );
}

export function ReportPrintScreen({ param, staffId }: { param: string | null; staffId: string }) {
  const t = useT();
  const wanted = parseReportParam(param);
  const { report, error, show } = useReportsStore();
  const { saving, savedAs, savePdf } = usePrintStore();
  const [printedAt] = useState(() => Date.now());
  const key = param ?? '';
  useEffect(() => {
    useReportsStore.getState().forStaff(staffId);
    const p = parseReportParam(key);
    const held = useReportsStore.getState().report;
    if (p && !(held && samePeriod(held.period, p))) void show(p);
  }, [key, show, staffId]);
  // A toast would be on the PDF; another sheet's "saved as" is not this one's.
  useEffect(() => {
    notifications.clean();
    usePrintStore.setState({ savedAs: null });
  }, []);
  const ready = !!wanted && !!report && samePeriod(report.period, wanted);
  const fileName = pdfFileName([
    t('reports.title'),
    wanted ? t(`reports.kind.${wanted.kind}` as MessageKey) : '',
    report?.period.from ?? '',
    report && report.period.to !== report.period.from ? report.period.to : '',
  ]);
  return (
    <div className="hp-root" data-testid="report-print-sheet" data-ready={ready || undefined}>
      <style>{PRINT_CSS + REPORT_CSS}</style>
      <PrintToolbar
        className="hp-toolbar"
        testPrefix="rprint"
        ready={ready}
        labels={{
          back: t('reports.printBack'),
          print: t('reports.printNow'),
          pdf: t('reports.savePdf'),
          savedAs: (file) => t('reports.savedAs', { file }),
        }}
        saving={saving}
        savedAs={savedAs}
        onBack={() => go('reports')}
        onSavePdf={() => savePdf(fileName)}
      />
      <div className="hp-sheet">
        {!wanted && <p>{t('reports.badParam')}</p>}
        {wanted && error && <ErrorAlert error={error} />}
        {wanted && !ready && !error && <Loader size="sm" />}
        {ready && report && <Sheet view={report} printedAt={printedAt} />}
      </div>
    </div>
  );
}
