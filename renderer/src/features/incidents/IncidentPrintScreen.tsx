import { Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { IncidentView } from '../../../../shared/contract/incidentViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { PrintToolbar } from '../../app/PrintToolbar';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { PRINT_CSS } from '../handover/components/printCss';
import { dateTime } from '../handover/format';
import { pdfFileName, usePrintStore } from '../handover/printStore';
import { useVaultStore } from '../setup/store';
import { eventRows, followUpText, handlingRows, personRows, type Rows } from './reportRows';
import { useIncidentStore } from './store';

/** "incident:<id>" is an incident report; anything else is not. */
export function parseIncidentParam(param: string | null | undefined): string | null {
  const m = /^incident:(.+)$/.exec(param ?? '');
  return m ? m[1]! : null;
}

function RowsTable({ title, rows }: { title: string; rows: Rows }) {
  return (
    <>
      <h2>{title}</h2>
      <table className="hp-meta">
        <tbody>
          {rows.map(([label, value, id]) => (
            <tr key={id}>
              <th style={{ width: '24%', whiteSpace: 'normal' }}>{label}</th>
              <td className="hp-pre" data-testid={`iprint-${id}`}>
                {value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Report({
  v,
  siteName,
  printedAt,
}: {
  v: IncidentView;
  siteName: string;
  printedAt: number;
}) {
  const t = useT();
  return (
    <>
      <header className="hp-head">
        <div>
          <div className="hp-site">{siteName}</div>
          <h1>{t('incidents.print.title')}</h1>
          <div className="hp-small hp-muted">
            {t('incidents.detail.recorded', {
              name: v.recordedByName,
              time: dateTime(v.recordedAt),
            })}
            {' · '}
            {v.shiftName
              ? t('incidents.detail.shift', { shift: v.shiftName })
              : t('incidents.detail.noShift')}
          </div>
        </div>
        <div className="hp-fp">
          <div className="hp-fp-label">{t('incidents.col.number')}</div>
          <div className="hp-fp-value hp-mono" data-testid="iprint-number">
            {v.number}
          </div>
        </div>
      </header>
      <RowsTable title={t('incidents.detail.person')} rows={personRows(t, v)} />
      <RowsTable title={t('incidents.detail.event')} rows={eventRows(t, v)} />
      <RowsTable title={t('incidents.detail.handling')} rows={handlingRows(t, v)} />
      <h2>{t('incidents.detail.followUps')}</h2>
      {v.followUps.length === 0 ? (
        <p className="hp-muted">{t('incidents.detail.noFollowUps')}</p>
      ) : (
        <ul data-testid="iprint-followups">
          {v.followUps.map((f) => (
            <li key={f.id}>{followUpText(t, f)}</li>
          ))}
        </ul>
      )}
      <h2>{t('incidents.detail.signature')}</h2>
      <div className="hp-sigs hp-keep">
        <div className="hp-sig" data-testid="iprint-signature">
          {v.signatureDataUrl ? (
            <>
              <img src={v.signatureDataUrl} alt="" style={{ height: 70, display: 'block' }} />
              <div className="hp-small">
                {t('incidents.detail.signedBy', {
                  name: v.signerName ?? '',
                  time: dateTime(v.signedAt ?? 0),
                })}
              </div>
            </>
          ) : (
            <span className="hp-muted">{t('incidents.detail.notSigned')}</span>
          )}
        </div>
        <div className="hp-sig">
          <div className="hp-small hp-muted">{t('incidents.print.managerSign')}</div>
          <div style={{ height: 42 }} />
          <div className="hp-small hp-muted">{t('incidents.print.date')}</div>
        </div>
      </div>
      <div className="hp-foot">
        <span>{v.number}</span>
        <span>{t('incidents.print.printed', { time: dateTime(printedAt) })}</span>
      </div>
    </>
  );
}

/** The printed report for management (书面上报): the page itself, no app chrome. */
export function IncidentPrintScreen({ param }: { param: string | null }) {
  const t = useT();
  const id = parseIncidentParam(param);
  const { current, error, load } = useIncidentStore();
  const { saving, savedAs, savePdf } = usePrintStore();
  const siteName = useVaultStore((s) => s.status?.siteName) ?? '';
  const [printedAt] = useState(() => Date.now());
  useEffect(() => {
    if (id) void load(id);
  }, [id, load]);
  // A toast from the report ("scheduled") would be on the PDF.
  useEffect(() => notifications.clean(), []);
  const ready = !!current && current.id === id;
  return (
    <div className="hp-root" data-testid="incident-print-sheet" data-ready={ready || undefined}>
      <style>{PRINT_CSS}</style>
      <PrintToolbar
        className="hp-toolbar"
        testPrefix="iprint"
        ready={ready}
        labels={{
          back: t('incidents.print.back'),
          print: t('incidents.print.print'),
          pdf: t('incidents.print.pdf'),
          savedAs: (file) => t('incidents.print.savedAs', { file }),
        }}
        saving={saving}
        savedAs={savedAs}
        onBack={() => (id ? go('incident', id) : go('incidents'))}
        onSavePdf={() =>
          savePdf(
            pdfFileName([
              t('incidents.print.title'),
              current?.number ?? '',
              current?.personName ?? '',
            ]),
          )
        }
      />
      <div className="hp-sheet">
        {!id && <p>{t('incidents.print.badParam')}</p>}
        {id && error && <ErrorAlert error={error} />}
        {id && !ready && !error && <Loader size="sm" />}
        {ready && current && <Report v={current} siteName={siteName} printedAt={printedAt} />}
      </div>
    </div>
  );
}
