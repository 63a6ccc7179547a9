import type {
  BoardShift,
  HandoverBoard,
  HandoverContent,
} from '../../../shared/contract/handoverViews';
import { today } from '../../ipc/context';
import { plannedWindow } from '../../../shared/domain/shift';
import { addDays, addMonths, businessDate, daysBetween } from '../../../shared/domain/time';
import { fingerprint } from '../../audit/chain';
import {
  auditHead,
  flagsOf,
  getHandover,
  getReceipt,
  handoversOfDays,
  purgeHandoversBefore,
  shiftsOfDays,
  type HandoverRow,
} from './handoverQueries';
import { OPEN_SQL, staffNames } from './handoverRecordQueries';
import { readSettings } from '../settings';
import { listTemplates, type ShiftRow, type TemplateRow } from '../shifts';
import type { Db } from '../../db/types';

import { openFollowUps } from './handoverItems';
import { boardNow } from './handoverNow';
import { handoverStatus, handoverView, retentionMonths } from './handoverView';
import type { Handlers } from '../../ipc/handler';

type Names = Map<string, string>;

/** What is open now: the figures of a shift still at work. */
function liveCounts(db: Db): { followUps: number; tagsOut: number } {
  const count = (sql: string) =>
    db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number;
  return { followUps: count(OPEN_SQL.followUps), tagsOut: count(OPEN_SQL.tagsOut) };
}

function shiftState(db: Db, s: ShiftRow, h: HandoverRow | undefined): BoardShift['state'] {
  if (s.status === 'opening' || s.status === 'open') return 'inProgress';
  if (s.status === 'abandoned' || !h) return 'missing';
  return handoverStatus(db, h);
}

function boardShift(
  db: Db,
  s: ShiftRow,
  h: HandoverRow | undefined,
  names: Names,
  live: () => { followUps: number; tagsOut: number },
): BoardShift {
  const frozen = h?.content ? (JSON.parse(h.content) as HandoverContent) : null;
  const state = shiftState(db, s, h);
  // As signed; live while at work; nothing to say for a shift nobody handed over.
  const counts = frozen
    ? { followUps: frozen.openItems.followUps.length, tagsOut: frozen.openItems.tagsOut.length }
    : state === 'inProgress'
      ? live()
      : { followUps: 0, tagsOut: 0 };
  const incoming = h ? getReceipt(db, h.id)?.incoming_id : undefined;
  return {
    businessDate: s.business_date,
    templateId: s.template_id,
    name: s.name,
    plannedStart: s.planned_start,
    plannedEnd: s.planned_end,
    shiftId: s.id,
    shiftStatus: s.status,
    handoverId: h?.id ?? null,
    state,
    outgoingName: h?.outgoing_id ? (names.get(h.outgoing_id) ?? null) : null,
    incomingName: incoming ? (names.get(incoming) ?? null) : null,
    varianceCents: h?.variance_cents ?? null,
    flaggedSections: h ? flagsOf(db, h.id).map((f) => f.section) : [],
    openFollowUps: counts.followUps,
    tagsOut: counts.tagsOut,
  };
}

/** A planned shift nobody opened: still to come, or missing once its window has passed. */
function plannedOnly(day: string, t: TemplateRow, now: number): BoardShift {
  const w = plannedWindow(day, t.starts_at, t.ends_at);
  return {
    businessDate: day,
    templateId: t.id,
    name: t.name,
    plannedStart: w.start,
    plannedEnd: w.end,
    shiftId: null,
    shiftStatus: null,
    handoverId: null,
    state: w.end <= now ? 'missing' : 'upcoming',
    outgoingName: null,
    incomingName: null,
    varianceCents: null,
    flaggedSections: [],
    openFollowUps: 0,
    tagsOut: 0,
  };
}

/** Every active template on every day, each matched with the shifts actually opened. */
export function boardShifts(db: Db, from: string, to: string, now: number): BoardShift[] {
  const templates = listTemplates(db, true);
  const shifts = shiftsOfDays(db, from, to);
  const handovers = new Map(handoversOfDays(db, from, to).map((h) => [h.shift_id, h]));
  const names = staffNames(db);
  const firstUse = db.prepare('SELECT min(opened_at) FROM shifts').pluck().get() as number | null;
  let cached: { followUps: number; tagsOut: number } | null = null;
  const live = () => (cached ??= liveCounts(db));
  const today = businessDate(now);
  const out: BoardShift[] = [];
  for (let i = 0; i <= daysBetween(from, to); i += 1) {
    const day = addDays(from, i);
    const ofDay = shifts.filter((s) => s.business_date === day);
    const row: BoardShift[] = ofDay.map((s) => boardShift(db, s, handovers.get(s.id), names, live));
    for (const t of templates) {
      if (ofDay.some((s) => s.template_id === t.id)) continue;
      const planned = plannedOnly(day, t, now);
      // The board is what happened: days ahead have nothing to oversee yet. Today's shifts
      // still to come stay, as "upcoming" without figures, to show who is next.
      if (planned.state === 'upcoming' && day > today) continue;
      // Before the desk kept shifts at all, an unopened shift is not a missing handover.
      if (planned.state === 'missing' && (firstUse === null || planned.plannedEnd <= firstUse))
        continue;
      row.push(planned);
    }
    out.push(...row.sort((a, b) => a.plannedStart - b.plannedStart));
  }
  return out;
}

export function buildBoard(db: Db, from: string, to: string, now: number): HandoverBoard {
  const shifts = boardShifts(db, from, to, now);
  const count = (state: BoardShift['state']) => shifts.filter((s) => s.state === state).length;
  return {
    from,
    to,
    now: boardNow(db, now),
    shifts,
    totals: {
      signed: count('signed'),
      flagged: count('flagged'),
      missing: count('missing'),
      awaiting: count('awaitingIncoming'),
      accepted: count('accepted'),
      varianceCents: shifts.reduce((sum, s) => sum + (s.varianceCents ?? 0), 0),
    },
    openFollowUps: openFollowUps(db, now, staffNames(db)),
  };
}

export const handoverBoardHandlers: Pick<
  Handlers,
  'handover.board' | 'handover.printDay' | 'handover.purgeExpired'
> = {
  'handover.board': (ctx, input) => buildBoard(ctx.db, input.from, input.to, ctx.now),

  'handover.printDay': (ctx, input) => {
    const day = input.businessDate;
    const shifts = boardShifts(ctx.db, day, day, ctx.now);
    const handed = shifts.filter((s) => s.handoverId !== null && s.state !== 'missing');
    const head = auditHead(ctx.db);
    ctx.audit.detail = { businessDate: day, handovers: handed.length };
    return {
      businessDate: day,
      siteName: readSettings(ctx.db).siteName,
      handovers: handed.map((s) =>
        handoverView(ctx.db, getHandover(ctx.db, s.handoverId!)!, ctx.now),
      ),
      missing: shifts
        .filter((s) => s.state === 'missing')
        .map((s) => ({ name: s.name, plannedStart: s.plannedStart })),
      printedAt: ctx.now,
      auditFingerprint: head ? fingerprint(head.hash) : null,
    };
  },

  /** Strictly older than the retention period; the audit anchors of removed ones stay. */
  'handover.purgeExpired': (ctx) => {
    const keptFrom = addMonths(today(ctx), -retentionMonths(ctx.db));
    const removed = purgeHandoversBefore(ctx.db, keptFrom);
    ctx.audit.detail = { removed, keptFrom };
    return { removed, keptFrom };
  },
};
