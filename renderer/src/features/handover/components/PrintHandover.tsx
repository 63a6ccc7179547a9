import type { HandoverSignature, HandoverView } from '../../../../../shared/contract/handoverViews';
import { translate } from '../../../../../shared/i18n';
import type { HandoverSection } from '../../../../../shared/domain/shift';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n';
import { useUiStore } from '../../../app/uiStore';
import { withErasedWord } from '../erased';
import { dateTime, windowText } from '../format';
import {
  PrintAnomalies,
  PrintCash,
  PrintChecklist,
  PrintFigures,
  PrintOpenItems,
  PrintSection,
} from './PrintSections';

const STATE_CLASS = {
  draft: 'hp-neutral',
  awaitingIncoming: 'hp-info',
  signed: 'hp-ok',
  flagged: 'hp-warn',
  accepted: 'hp-ok',
} as const;

/** The fingerprint box, labelled in both languages: an auditor may read either. */
export function FingerprintBox({ value, testId }: { value: string | null; testId: string }) {
  const language = useUiStore((s) => s.language);
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <div className="hp-fp">
      <div className="hp-fp-label">
        {translate(language, 'handover.fingerprint')} / {translate(other, 'handover.fingerprint')}
      </div>
      <div className="hp-fp-value hp-mono" data-testid={testId}>
        {value ?? '—'}
      </div>
    </div>
  );
}

function Sig({
  label,
  sig,
  testId,
}: {
  label: string;
  sig: HandoverSignature | null;
  testId: string;
}) {
  const t = useT();
  return (
    <div className="hp-sig" data-testid={testId}>
      <div className="hp-small hp-muted">{label}</div>
      {sig ? (
        <>
          <div className="hp-sig-name">{sig.name}</div>
          <div className="hp-small">
            {t('handover.print.signedNote', { time: dateTime(sig.at) })}
          </div>
        </>
      ) : (
        <div className="hp-muted">{t('handover.sig.pending')}</div>
      )}
    </div>
  );
}

function Signatures({ view }: { view: HandoverView }) {
  const t = useT();
  return (
    <section className="hp-keep" data-testid="print-signatures">
      <h2>
        <span>{t('handover.sig.title')}</span>
      </h2>
      <div className="hp-sigs">
        <Sig label={t('handover.sig.outgoing')} sig={view.outgoing} testId="print-sig-outgoing" />
        <Sig label={t('handover.sig.incoming')} sig={view.incoming} testId="print-sig-incoming" />
      </div>
      {view.incoming && (
        <p className="hp-small">
          {view.flags.length === 0
            ? t('handover.flags.none')
            : t('handover.print.flagged', {
                sections: view.flags
                  .map((f) => t(`handover.section.${f.section}`))
                  .join(t('handover.listSeparator')),
              })}
        </p>
      )}
    </section>
  );
}

function ReviewAndCorrections({ view }: { view: HandoverView }) {
  const t = useT();
  return (
    <>
      <section className="hp-keep" data-testid="print-review">
        <h2>
          <span>{t('handover.review.title')}</span>
        </h2>
        {view.review ? (
          <>
            <p>
              <b>
                {t('handover.review.by', {
                  name: view.review.reviewerName,
                  time: dateTime(view.review.at),
                })}
              </b>
            </p>
            <p className="hp-pre">{view.review.note}</p>
          </>
        ) : (
          <p className="hp-muted">{t('handover.review.none')}</p>
        )}
      </section>
      {view.corrections.length > 0 && (
        <section data-testid="print-corrections">
          <h2>
            <span>{t('handover.corr.title')}</span>
          </h2>
          <table>
            <tbody>
              {view.corrections.map((c) => (
                <tr key={c.id}>
                  <td className="hp-nowrap">{t(`handover.section.${c.section}`)}</td>
                  <td className="hp-pre">{c.body}</td>
                  <td className="hp-small hp-nowrap">
                    {t('handover.corr.by', { name: c.byName, time: dateTime(c.at) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

/** One handover on paper: header with the fingerprint, every section, signatures, review. */
export function PrintHandover({
  view: signed,
  siteName,
  newPage = false,
  printedAt,
}: {
  view: HandoverView;
  siteName: string;
  newPage?: boolean;
  /** Shown for a single handover; the day's sheet states it once at the top. */
  printedAt?: number;
}) {
  const t = useT();
  const view = useMemo(() => withErasedWord(signed, t('privacy.erased')), [signed, t]);
  const c = view.content;
  const flagsOf = (s: HandoverSection) => view.flags.filter((f) => f.section === s);
  return (
    <article
      className={`hp-handover${newPage ? ' hp-newpage' : ''}`}
      data-testid="print-handover"
      data-handover={view.id}
    >
      <header className="hp-head">
        <div>
          <div className="hp-site" data-testid="print-site">
            {siteName}
          </div>
          <h1>
            {t('handover.print.title')} · {view.shiftName}
          </h1>
          <span className={`hp-badge ${STATE_CLASS[view.status]}`} data-testid="print-status">
            {t(`handover.status.${view.status}`)}
          </span>
          {printedAt !== undefined && (
            <span className="hp-small hp-muted">
              {'  '}
              {t('handover.print.printed', { time: dateTime(printedAt) })}
            </span>
          )}
        </div>
        <FingerprintBox value={view.auditFingerprint} testId="print-fingerprint" />
      </header>
      {view.redactions?.map((r) => (
        <p key={r.at} className="hp-small hp-muted" data-testid="print-redaction">
          {t('privacy.redactedNote', { date: dateTime(r.at), count: r.fields })}
        </p>
      ))}
      <table className="hp-meta">
        <tbody>
          <tr>
            <th>{t('handover.print.shift')}</th>
            <td data-testid="print-shift">{view.shiftName}</td>
            <th>{t('handover.print.date')}</th>
            <td data-testid="print-date">{view.businessDate}</td>
          </tr>
          <tr>
            <th>{t('handover.print.window')}</th>
            <td>{windowText(view.plannedStart, view.plannedEnd)}</td>
            <th>{t('handover.print.staff')}</th>
            <td data-testid="print-staff">
              {view.staffNames.join(t('handover.listSeparator')) || t('handover.noStaff')}
            </td>
          </tr>
        </tbody>
      </table>

      <PrintSection section="figures" flags={flagsOf('figures')}>
        <PrintFigures figures={c.figures} />
      </PrintSection>
      <PrintSection section="openItems" flags={flagsOf('openItems')}>
        <PrintOpenItems items={c.openItems} />
      </PrintSection>
      <PrintSection section="anomalies" flags={flagsOf('anomalies')}>
        <PrintAnomalies anomalies={c.anomalies} day={view.businessDate} />
      </PrintSection>
      <PrintSection section="cash" flags={flagsOf('cash')}>
        <PrintCash cash={c.cash} />
      </PrintSection>
      <PrintSection section="summary" flags={flagsOf('summary')}>
        <p className="hp-pre" data-testid="print-summary">
          {c.summary ?? t('handover.summary.empty')}
        </p>
      </PrintSection>
      <PrintSection section="checklist" flags={[]}>
        <PrintChecklist items={c.closingChecklist} />
      </PrintSection>

      <Signatures view={view} />
      <ReviewAndCorrections view={view} />
      <footer className="hp-foot">
        <span>{t('handover.keepUntil', { date: view.keepUntil })}</span>
        <span className="hp-mono">
          {t('handover.fingerprint')} {view.auditFingerprint ?? '—'}
          {view.auditSeq !== null ? ` · #${view.auditSeq}` : ''}
        </span>
      </footer>
    </article>
  );
}
