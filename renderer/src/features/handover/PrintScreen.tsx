import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import type { HandoverDayPrint, HandoverView } from '../../../../shared/contract/handoverViews';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { PrintToolbar } from '../../app/PrintToolbar';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { useVaultStore } from '../setup/store';
import { FingerprintBox, PrintHandover } from './components/PrintHandover';
import { PRINT_CSS } from './components/printCss';
import { dateTime, hhmm, signedMoney, windowText } from './format';
import { parsePrintParam, pdfFileName, usePrintStore, type PrintTarget } from './printStore';

const STATE_CLASS: Record<HandoverView['status'], string> = {
  awaitingIncoming: 'hp-info',
  signed: 'hp-ok',
  flagged: 'hp-warn',
  accepted: 'hp-ok',
  draft: 'hp-neutral',
};

type Row =
  | { kind: 'handover'; start: number; h: HandoverView }
  | { kind: 'missing'; start: number; name: string };

function HandoverRow({ h }: { h: HandoverView }) {
  const t = useT();
  const v = h.content.cash.varianceCents;
  return (
    <tr data-testid="print-day-row" data-state={h.status}>
      <td>
        <b>{h.shiftName}</b>
      </td>
      <td className="hp-nowrap">{windowText(h.plannedStart, h.plannedEnd)}</td>
      <td>
        <span className={`hp-badge ${STATE_CLASS[h.status]}`}>
          {t(`handover.status.${h.status}`)}
        </span>
      </td>
      <td>{h.outgoing?.name ?? '—'}</td>
      <td>{h.incoming?.name ?? '—'}</td>
      <td className="hp-num">{v === null ? '—' : signedMoney(v)}</td>
      <td className="hp-mono hp-small hp-nowrap">{h.auditFingerprint ?? '—'}</td>
    </tr>
  );
}

function MissingRow({ r }: { r: { start: number; name: string } }) {
  const t = useT();
  return (
    <tr data-testid="print-day-row" data-state="missing">
      <td>
        <b>{r.name}</b>
      </td>
      <td className="hp-nowrap">{hhmm(r.start)}</td>
      <td colSpan={5}>
        <span className="hp-badge hp-bad">{t('handover.state.missing')}</span>
      </td>
    </tr>
  );
}

function DayOverview({ day }: { day: HandoverDayPrint }) {
  const t = useT();
  const rows: Row[] = [
    ...day.handovers.map((h) => ({ kind: 'handover' as const, start: h.plannedStart, h })),
    ...day.missing.map((m) => ({ kind: 'missing' as const, start: m.plannedStart, name: m.name })),
  ].sort((a, b) => a.start - b.start);
  return (
    <>
      <header className="hp-head">
        <div>
          <div className="hp-site" data-testid="print-site">
            {day.siteName}
          </div>
          <h1>{t('handover.print.dayTitle', { date: day.businessDate })}</h1>
          <div className="hp-small hp-muted">
            {t('handover.print.printed', { time: dateTime(day.printedAt) })}
          </div>
        </div>
        <FingerprintBox value={day.auditFingerprint} testId="print-day-fingerprint" />
      </header>
      {rows.length === 0 ? (
        <p className="hp-muted">{t('handover.print.none')}</p>
      ) : (
        <table data-testid="print-day-table">
          <thead>
            <tr>
              <th>{t('handover.print.shift')}</th>
              <th>{t('handover.print.window')}</th>
              <th>{t('handover.print.status')}</th>
              <th>{t('handover.sig.outgoing')}</th>
              <th>{t('handover.sig.incoming')}</th>
              <th className="hp-num">{t('handover.cash.variance')}</th>
              <th>{t('handover.fingerprint')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) =>
              r.kind === 'handover' ? (
                <HandoverRow key={r.h.id} h={r.h} />
              ) : (
                <MissingRow key={i} r={r} />
              ),
            )}
          </tbody>
        </table>
      )}
      <h3>{t('handover.print.missing')}</h3>
      <p data-testid="print-missing">
        {day.missing.length === 0
          ? t('handover.print.noMissing')
          : day.missing.map((m) => m.name).join(t('handover.listSeparator'))}
      </p>
      {day.handovers.map((h) => (
        <PrintHandover key={h.id} view={h} siteName={day.siteName} newPage />
      ))}
    </>
  );
}

function Toolbar({ target, ready }: { target: PrintTarget; ready: boolean }) {
  const t = useT();
  const { handover, saving, savedAs, savePdf } = usePrintStore();
  const fileName =
    target.kind === 'handover'
      ? pdfFileName([t('handover.title'), handover?.businessDate ?? '', handover?.shiftName ?? ''])
      : pdfFileName([t('handover.title'), target.date]);
  return (
    <PrintToolbar
      className="hp-toolbar"
      testPrefix="print"
      ready={ready}
      labels={{
        back: t('handover.print.back'),
        print: t('handover.print'),
        pdf: t('handover.savePdf'),
        savedAs: (file) => t('handover.print.savedAs', { file }),
      }}
      saving={saving}
      savedAs={savedAs}
      onBack={() => (target.kind === 'handover' ? go('handover', target.id) : go('handovers'))}
      onSavePdf={() => savePdf(fileName)}
    />
  );
}

/** The page itself is the printout (no app chrome): one handover, or every handover of a day. */
export function PrintScreen({ param }: { session: SessionView; param?: string | null }) {
  const t = useT();
  const target = parsePrintParam(param);
  const { handover, day, error, loadedAt, load } = usePrintStore();
  const siteName = useVaultStore((s) => s.status?.siteName) ?? '';
  const key = param ?? '';

  useEffect(() => {
    const parsed = parsePrintParam(key);
    if (parsed) void load(parsed, key);
  }, [key, load]);

  const current = usePrintStore((s) => s.param) === key;
  const ready =
    current &&
    (target?.kind === 'handover' ? handover !== null : target?.kind === 'day' && day !== null);

  return (
    <div className="hp-root" data-testid="print-screen" data-ready={ready || undefined}>
      <style>{PRINT_CSS}</style>
      {target && <Toolbar target={target} ready={!!ready} />}
      <div className="hp-sheet">
        {!target && <p data-testid="print-bad">{t('handover.print.badParam')}</p>}
        {target && current && error && <ErrorAlert error={error} />}
        {target && !ready && !error && <Loader size="sm" />}
        {ready && target?.kind === 'handover' && handover && (
          <PrintHandover view={handover} siteName={siteName} printedAt={loadedAt ?? undefined} />
        )}
        {ready && target?.kind === 'day' && day && <DayOverview day={day} />}
      </div>
    </div>
  );
}
