/** The handover's sections as paper tables: the same facts as on screen, nothing to click. */
import type { ReactNode } from 'react';
import type { HandoverContent, HandoverFlag } from '../../../../../shared/contract/handoverViews';
import { DENOMINATIONS_CENTS, type HandoverSection } from '../../../../../shared/domain/shift';
import { useT } from '../../../app/i18n';
import {
  centsToYuanText,
  dateTime,
  denominationLabel,
  hhmm,
  money,
  signedMoney,
  whenShort,
} from '../format';
import { anomalyLabel } from './AnomaliesSection';
import { figureParts } from './figureModules';
import { useModules } from '../../settings/store';

export function PrintSection({
  section,
  flags,
  children,
}: {
  section: HandoverSection | 'checklist';
  flags: HandoverFlag[];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section
      className={flags.length > 0 ? 'hp-flagged-section' : undefined}
      data-testid={`print-section-${section}`}
    >
      <h2>
        <span>{t(`handover.section.${section}`)}</span>
        {flags.length > 0 && (
          <span className="hp-badge hp-warn">⚑ {t('handover.status.flagged')}</span>
        )}
      </h2>
      {flags.map((f) => (
        <div key={f.at + f.section} className="hp-flag hp-keep" data-testid="print-flag">
          <b>{f.note}</b>
          <div className="hp-small hp-muted">
            {t('handover.flags.by', { name: f.byName, time: dateTime(f.at) })}
          </div>
        </div>
      ))}
      {children}
    </section>
  );
}

export function PrintFigures({ figures }: { figures: HandoverContent['figures'] }) {
  const t = useT();
  const row = (label: string, c: HandoverContent['figures']['entries'], id: string) => (
    <tr data-testid={id}>
      <th>{label}</th>
      <td className="hp-num">{c.female}</td>
      <td className="hp-num">{c.male}</td>
      <td className="hp-num">{c.unspecified}</td>
      <td className="hp-num">
        <b>{c.total}</b>
      </td>
    </tr>
  );
  const show = figureParts(figures, useModules());
  return (
    <>
      {show.genderTable && (
        <table>
          <thead>
            <tr>
              <th />
              <th className="hp-num">{t('handover.fig.female')}</th>
              <th className="hp-num">{t('handover.fig.male')}</th>
              <th className="hp-num">{t('handover.fig.unspecified')}</th>
              <th className="hp-num">{t('handover.fig.total')}</th>
            </tr>
          </thead>
          <tbody>
            {show.entries && row(t('handover.fig.entries'), figures.entries, 'print-entries')}
            {show.trials && row(t('handover.fig.trials'), figures.trials, 'print-trials')}
          </tbody>
        </table>
      )}
      <table>
        <tbody>
          <tr>
            {show.visitors && (
              <>
                <th>{t('handover.fig.visitors')}</th>
                <td className="hp-num" data-testid="print-visitors">
                  {figures.visitors}
                </td>
              </>
            )}
            <th>{t('handover.fig.phone')}</th>
            <td className="hp-num" data-testid="print-phone">
              {figures.phoneInquiries}
            </td>
            {show.queue && (
              <>
                <th>{t('handover.fig.queue')}</th>
                <td className="hp-num">{figures.queueServed}</td>
              </>
            )}
          </tr>
          {figures.beforeOpening && (
            <tr data-testid="print-before-opening">
              <th>{t('handover.fig.beforeOpening')}</th>
              <td colSpan={5}>
                {t('handover.fig.beforeOpeningText', {
                  from: hhmm(figures.beforeOpening.from),
                  to: hhmm(figures.beforeOpening.to),
                  entries: figures.beforeOpening.entries,
                  cash: centsToYuanText(figures.beforeOpening.cashTakingsCents),
                })}
              </td>
            </tr>
          )}
          {figures.incidents && (
            <tr data-testid="print-incidents">
              <th>{t('incidents.fig.title')}</th>
              <td colSpan={5}>
                {t('incidents.fig.line', {
                  count: figures.incidents.count,
                  injuries: figures.incidents.injuries,
                  escorts: figures.incidents.hospitalEscorts,
                  costs: money(figures.incidents.costsCents),
                })}
              </td>
            </tr>
          )}
          {show.coaches && (
            <tr>
              <th>{t('handover.fig.coaches')}</th>
              <td colSpan={5} data-testid="print-coaches">
                {figures.coaches
                  ? t('handover.fig.coachesValue', figures.coaches)
                  : t('handover.fig.notEntered')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {show.cardsSold && (
        <table data-testid="print-cards">
          <thead>
            <tr>
              <th>{t('handover.fig.cardsSold')}</th>
              <th className="hp-num">{t('handover.fig.count')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.cardsSold.length === 0 ? (
              <tr>
                <td colSpan={2} className="hp-muted">
                  {t('handover.fig.noCards')}
                </td>
              </tr>
            ) : (
              figures.cardsSold.map((c) => (
                <tr key={c.cardType}>
                  <td>{c.cardType}</td>
                  <td className="hp-num">{c.count}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
      <p className="hp-small hp-muted">
        {dateTime(figures.from)} – {dateTime(figures.to)}
      </p>
    </>
  );
}

function None({ children }: { children: ReactNode }) {
  return <p className="hp-muted">{children}</p>;
}

export function PrintOpenItems({ items }: { items: HandoverContent['openItems'] }) {
  const t = useT();
  return (
    <>
      <h3>
        {t('handover.open.followUps')} ({items.followUps.length})
      </h3>
      {items.followUps.length === 0 ? (
        <None>{t('handover.open.noFollowUps')}</None>
      ) : (
        <table data-testid="print-followups">
          <tbody>
            {items.followUps.map((f) => (
              <tr key={f.entryId}>
                <td className="hp-nowrap">{t(`handover.category.${f.category}`)}</td>
                <td>
                  {f.body}
                  {f.overdue && (
                    <span className="hp-badge hp-bad"> {t('handover.open.overdue')}</span>
                  )}
                </td>
                <td className="hp-small">
                  {f.ownerName
                    ? t('handover.open.owner', { name: f.ownerName })
                    : t('handover.open.noOwner')}
                  {f.dueAt !== null && (
                    <div>{t('handover.open.due', { time: dateTime(f.dueAt) })}</div>
                  )}
                </td>
                <td className="hp-small hp-nowrap">
                  {f.carriedShifts > 1
                    ? t('handover.open.carried', { n: f.carriedShifts })
                    : t('handover.open.new')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>
        {t('handover.open.tagsOut')} ({items.tagsOut.length})
      </h3>
      {items.tagsOut.length === 0 ? (
        <None>{t('handover.open.noTagsOut')}</None>
      ) : (
        <table data-testid="print-tags">
          <thead>
            <tr>
              <th>{t('handover.open.tag')}</th>
              <th>{t('handover.open.member')}</th>
              <th>{t('handover.open.since')}</th>
              <th className="hp-num">{t('handover.open.charges')}</th>
              <th>{t('handover.open.why')}</th>
            </tr>
          </thead>
          <tbody>
            {items.tagsOut.map((tag) => (
              <tr key={tag.tagNumber}>
                <td>
                  <b>{tag.tagNumber}</b>
                </td>
                <td>{tag.name}</td>
                <td className="hp-nowrap">{hhmm(tag.since)}</td>
                <td className="hp-num">{money(tag.openChargeCents)}</td>
                <td>{tag.note ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table>
        <tbody>
          <tr>
            <th>{t('handover.open.unsettled')}</th>
            <td data-testid="print-unsettled">
              {items.unsettled.count > 0
                ? t('handover.open.unsettledValue', {
                    count: items.unsettled.count,
                    total: money(items.unsettled.totalCents),
                  })
                : t('handover.open.noUnsettled')}
            </td>
          </tr>
          <tr>
            <th>{t('handover.open.waiting')}</th>
            <td>
              {items.waitingVisitors.length === 0
                ? t('handover.open.noWaiting')
                : items.waitingVisitors
                    .map((v) =>
                      t('handover.open.waitingEntry', {
                        name: v.name,
                        line: t('handover.open.waitingLine', {
                          time: hhmm(v.registeredAt),
                          consultant: v.consultantName ?? t('handover.open.noConsultant'),
                        }),
                      }),
                    )
                    .join(t('handover.listSeparator'))}
            </td>
          </tr>
          <tr>
            <th>{t('handover.open.messages')}</th>
            <td>
              {items.unreadMessages.length === 0
                ? t('handover.open.noMessages')
                : items.unreadMessages
                    .map((m) =>
                      t('handover.open.messageLine', {
                        from: m.fromName,
                        to: m.toName ?? t('handover.open.nextShift'),
                        time: dateTime(m.at),
                      }),
                    )
                    .join(t('handover.listSeparator'))}
            </td>
          </tr>
          <tr>
            <th>{t('handover.open.complaints')}</th>
            <td>
              {items.complaints.length === 0
                ? t('handover.open.noComplaints')
                : items.complaints
                    .map((c) =>
                      t('handover.open.complaintLine', {
                        number: c.number,
                        title: c.title,
                        state: t(`complaint.state.${c.state}`),
                        deadline: t(`complaint.deadline.${c.deadlineState}`),
                        owner: c.ownerName,
                        due: c.dueAt === null ? '—' : dateTime(c.dueAt),
                        level: c.level,
                      }),
                    )
                    .join(t('handover.listSeparator'))}
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

export function PrintAnomalies({
  anomalies,
  day,
}: {
  anomalies: HandoverContent['anomalies'];
  day: string;
}) {
  const t = useT();
  if (anomalies.length === 0) return <None>{t('handover.anom.none')}</None>;
  return (
    <table data-testid="print-anomalies">
      <tbody>
        {[...anomalies]
          .sort((a, b) => a.at - b.at)
          .map((a, i) => (
            <tr key={`${a.at}-${i}`}>
              <td className="hp-nowrap hp-mono">{whenShort(a.at, day)}</td>
              <td className="hp-nowrap">
                <b>{anomalyLabel(t, a)}</b>
              </td>
              <td>{a.text}</td>
              <td className="hp-nowrap">{a.staffName ?? ''}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

export function PrintCash({ cash }: { cash: HandoverContent['cash'] }) {
  const t = useT();
  const v = cash.varianceCents;
  const denoms = DENOMINATIONS_CENTS.filter((c) => (cash.denominations?.[String(c)] ?? 0) > 0);
  const word =
    v === null
      ? t('handover.cash.notCounted')
      : v === 0
        ? t('handover.cash.balanced')
        : v > 0
          ? t('handover.cash.over')
          : t('handover.cash.short');
  return (
    <div className="hp-keep">
      <table data-testid="print-cash">
        <tbody>
          <tr>
            <th>{t('handover.cash.float')}</th>
            <td className="hp-num">{money(cash.openingFloatCents)}</td>
            <th>{t('handover.cash.takings')}</th>
            <td className="hp-num" data-testid="print-takings">
              {money(cash.cashTakingsCents)}
              <span className="hp-muted hp-small">
                {' '}
                ({t('handover.cash.payments', { count: cash.paymentCount })})
              </span>
            </td>
          </tr>
          {(cash.beforeOpeningCents ?? 0) > 0 && (
            <tr>
              <th>{t('handover.cash.beforeOpening')}</th>
              <td colSpan={3} className="hp-num" data-testid="print-cash-before-opening">
                {money(cash.beforeOpeningCents ?? 0)}
              </td>
            </tr>
          )}
          <tr>
            <th>{t('handover.cash.expected')}</th>
            <td className="hp-num" data-testid="print-expected">
              <b>{money(cash.expectedCents)}</b>
            </td>
            <th>{t('handover.cash.counted')}</th>
            <td className="hp-num" data-testid="print-counted">
              <b>{cash.countedCents === null ? '—' : money(cash.countedCents)}</b>
            </td>
          </tr>
          <tr>
            <th>{t('handover.cash.variance')}</th>
            <td colSpan={3} data-testid="print-variance">
              <span
                className={`hp-badge ${v === null ? 'hp-neutral' : v === 0 ? 'hp-ok' : 'hp-bad'}`}
              >
                {word}
              </span>{' '}
              {v !== null && <b className="hp-mono">{signedMoney(v)}</b>}
              {cash.note && <div className="hp-pre">{cash.note}</div>}
            </td>
          </tr>
        </tbody>
      </table>
      {denoms.length > 0 && (
        <table className="hp-small" data-testid="print-denominations">
          <tbody>
            <tr>
              {denoms.map((c) => (
                <td key={c} className="hp-nowrap">
                  {denominationLabel(c)} × {cash.denominations![String(c)]}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}

export function PrintChecklist({ items }: { items: HandoverContent['closingChecklist'] }) {
  const t = useT();
  if (items.length === 0) return <None>{t('handover.check.none')}</None>;
  return (
    <table className="hp-small">
      <tbody>
        {items.map((i) => (
          <tr key={i.label}>
            <td style={{ width: '1.5em' }}>{i.done ? '☑' : '☐'}</td>
            <td>{i.label}</td>
            <td className="hp-nowrap">
              <span className={`hp-badge ${i.done ? 'hp-ok' : 'hp-warn'}`}>
                {i.done ? t('handover.check.done') : t('handover.check.open')}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
