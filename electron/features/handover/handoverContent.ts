import type {
  BeforeOpening,
  HandoverCash,
  HandoverContent,
  HandoverFigures,
} from '../../../shared/contract/handoverViews';
import type { GenderCounts } from '../../../shared/contract/receptionViews';
import type { Gender } from '../../../shared/domain/clients';
import { denominationTotal } from '../../../shared/domain/shift';
import { businessDate, startOfDay } from '../../../shared/domain/time';
import type { HandoverRow } from './handoverQueries';
import {
  cardsSoldIn,
  cashIn,
  countIn,
  entriesByGender,
  OPEN_SQL,
  staffNames,
  visitorsByGender,
  WINDOW_SQL,
  type Window,
} from './handoverRecordQueries';
import { previousShift, type ShiftRow } from '../shifts';
import { incidentFiguresOf } from '../incidents';
import type { Db } from '../../db/types';
import { anomalies, openItems } from './handoverItems';

export function windowOf(from: number, to: number): Window {
  return { from, to, fromDay: businessDate(from), toDay: businessDate(to) };
}

function parseMap(json: string | null): Record<string, number | string> | null {
  return json ? (JSON.parse(json) as Record<string, number | string>) : null;
}

export function tagNotesOf(row: HandoverRow): Record<string, string> {
  return (parseMap(row.tag_notes) as Record<string, string> | null) ?? {};
}

export function denominationsOf(row: HandoverRow): Record<string, number> | null {
  return parseMap(row.denominations) as Record<string, number> | null;
}

const noOne = (): GenderCounts => ({ total: 0, female: 0, male: 0, unspecified: 0 });

function add(counts: GenderCounts, gender: Gender, n: number): void {
  counts[gender] += n;
  counts.total += n;
}

/**
 * The gap before this shift: from the previous shift's hand-over (or, for the first shift
 * ever, the start of its day) to this opening. Records made with no shift open belong to
 * no other handover, so they are carried here, and their cash is in this drawer.
 */
export function gapBefore(db: Db, shift: ShiftRow): Window | null {
  const prev = previousShift(db, shift);
  const from = prev ? (prev.closed_at ?? shift.opened_at) : startOfDay(shift.opened_at);
  const to = shift.opened_at - 1;
  return from <= to ? windowOf(from, to) : null;
}

function beforeOpening(db: Db, gap: Window | null): BeforeOpening | null {
  if (!gap) return null;
  const entries = entriesByGender(db, gap).reduce((n, g) => n + g.n, 0);
  const cash = cashIn(db, gap);
  if (entries === 0 && cash.payments === 0) return null;
  const { from, to } = gap;
  return { from, to, entries, cashTakingsCents: cash.cents, paymentCount: cash.payments };
}

function figures(
  db: Db,
  w: Window,
  row: HandoverRow,
  gap: Window | null,
  shiftId: string,
): HandoverFigures {
  const entries = noOne();
  for (const g of entriesByGender(db, w)) add(entries, g.gender, g.n);
  const trials = noOne();
  let visitors = 0;
  for (const v of visitorsByGender(db, w)) {
    visitors += v.n;
    if (v.trial === 1) add(trials, v.gender, v.n);
  }
  const coaches =
    row.coach_female === null || row.coach_male === null
      ? null
      : { female: row.coach_female, male: row.coach_male };
  return {
    from: w.from,
    to: w.to,
    entries,
    trials,
    cardsSold: cardsSoldIn(db, w),
    coaches,
    visitors,
    phoneInquiries: countIn(db, WINDOW_SQL.calls, w),
    queueServed: countIn(db, WINDOW_SQL.queueServed, w),
    beforeOpening: beforeOpening(db, gap),
    incidents: incidentFiguresOf(db, w.from, w.to, shiftId),
  };
}

/** The drawer: float plus cash taken in the window, against what was counted. */
export function cashOf(
  db: Db,
  w: Window,
  gap: Window | null,
  shift: ShiftRow,
  row: HandoverRow,
): HandoverCash {
  const taken = cashIn(db, w);
  const before = gap ? cashIn(db, gap).cents : 0;
  const expected = shift.opening_float_cents + before + taken.cents;
  const denominations = denominationsOf(row);
  const counted = row.counted_cents ?? (denominations ? denominationTotal(denominations) : null);
  return {
    openingFloatCents: shift.opening_float_cents,
    cashTakingsCents: taken.cents,
    paymentCount: taken.payments,
    beforeOpeningCents: before,
    expectedCents: expected,
    countedCents: counted,
    denominations,
    varianceCents: counted === null ? null : counted - expected,
    note: row.cash_note,
  };
}

/**
 * The handover as the records make it: figures and anomalies of [from, to], open items and
 * the closing checklist as they are at `now`, plus what people typed into the draft.
 */
export function generateContent(
  db: Db,
  shift: ShiftRow,
  row: HandoverRow,
  to: number,
): HandoverContent {
  const w = windowOf(shift.opened_at, to);
  const gap = gapBefore(db, shift);
  const names = staffNames(db);
  const checks = db.prepare(OPEN_SQL.closingChecks).all(shift.id) as {
    label: string;
    doneAt: number | null;
  }[];
  return {
    figures: figures(db, w, row, gap, shift.id),
    openItems: openItems(db, shift, tagNotesOf(row), to, names),
    anomalies: anomalies(db, w, shift.id, names),
    cash: cashOf(db, w, gap, shift, row),
    summary: row.summary,
    closingChecklist: checks.map((c) => ({ label: c.label, done: c.doneAt !== null })),
  };
}
