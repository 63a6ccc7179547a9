/**
 * A branch's outbox as its tick and its desks make it (issue 15), generated: two handovers, the
 * day's report figures (the full ReportFigures of one day), the audit head and the backup status
 * a day, now and then a complaint or an incident. The head-office bench and the harness's
 * head-office demo both push these, so neither test-only shape drifts from the other.
 * No vitest here: `npm run harness` runs this under plain tsx.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ComplaintRemedy, DeadlineState } from '../../shared/contract/complaintViews';
import type { ReportFigures } from '../../shared/contract/reportViews';
import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintState,
} from '../../shared/domain/complaint';
import type { IncidentKind } from '../../shared/domain/incident';
import { addDays } from '../../shared/domain/time';
import { signBundle, type Bundle, type SignedBundle } from '../../electron/headOffice/bundle';
import { emptyReportFigures } from '../../electron/headOffice/mergeFigures';
import type { Random } from '../bench/random';

const HOUR = 3_600_000;
const CATEGORIES: ComplaintCategory[] = ['service', 'staff', 'facility', 'hygiene', 'billing'];
const DAY_MS = 24 * HOUR;
/** How busy each hour of a gym's day is: a morning bump, a lull, the evening after work. */
const BUSY = [0, 0, 0, 0, 0, 0, 2, 4, 3, 2, 2, 2, 3, 2, 2, 2, 3, 5, 7, 8, 6, 3, 1, 0];
const dayStart = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
/** 0 = Monday, as the report's heat map counts. */
const weekday = (day: string) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;

export interface BranchPlan {
  siteId: string;
  privateKeyPem: string;
  firstDay: string;
  days: number;
  /** Check-ins on a middling day. */
  size: number;
  /** Days whose evening handover was never signed. */
  missingHandovers?: readonly string[];
  /** A complaint received this day and still open past its deadline at `now`. */
  overdueComplaintOn?: string;
  staff?: {
    outgoing: readonly string[];
    incoming: readonly string[];
    consultants: readonly string[];
  };
}

export interface BranchStaff {
  outgoing: readonly string[];
  incoming: readonly string[];
  consultants: readonly string[];
}

const DEFAULT_STAFF: BranchStaff = {
  outgoing: ['王芳', '李娜'],
  incoming: ['刘洋', '陈静', '赵磊'],
  consultants: ['刘洋', '陈静', '黄敏'],
};

function checkIns(rng: Random, day: string, total: number): ReportFigures['checkIns'] {
  const female = Math.round(total * (0.4 + rng.next() * 0.2));
  const byHour = Array.from({ length: 24 }, (_, h) => BUSY[h]! * (0.7 + rng.next() * 0.6));
  const weight = byHour.reduce((a, b) => a + b, 0);
  const hours = byHour.map((w) => Math.round((total * w) / weight));
  const heat = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  heat[weekday(day)] = hours;
  const peak = hours.indexOf(Math.max(...hours));
  return {
    gender: { female, male: total - female, unknown: 0, total },
    heat,
    peakHour: { hour: peak, count: hours[peak]! },
    byDay: [{ date: day, count: total }],
  };
}

function occupancy(rng: Random, day: string, size: number): ReportFigures['occupancy'] {
  const byHour = BUSY.map((w, hour) => {
    const average = Math.round((size / 40) * w * (0.8 + rng.next() * 0.4));
    return { hour, average, peak: Math.round(average * (1.2 + rng.next() * 0.3)) };
  });
  const top = byHour.reduce((a, b) => (b.peak > a.peak ? b : a));
  return { byHour, peak: { count: top.peak, at: dayStart(day) + top.hour * HOUR + 1_800_000 } };
}

/** One day's report figures as reportFigures gives them, at a branch's size. */
export function dayFigures(
  rng: Random,
  day: string,
  size: number,
  handovers: { signed: number; flagged: number; varianceCents: number },
  consultants: readonly string[] = DEFAULT_STAFF.consultants,
): ReportFigures {
  const base = emptyReportFigures(day, day);
  const total = Math.round(size * (0.7 + rng.next() * 0.6));
  const byConsultant = consultants.map((name, i) => {
    const visitors = rng.int(0, 6);
    const trials = rng.int(0, visitors);
    return { staffId: `staff-${i + 1}`, name, visitors, trials, converted: rng.int(0, trials) };
  });
  const sum = (k: 'visitors' | 'trials' | 'converted') =>
    byConsultant.reduce((a, c) => a + c[k], 0);
  const cards = [
    { cardType: '年卡', count: rng.int(0, 3), cents: 0 },
    { cardType: '季卡', count: rng.int(0, 2), cents: 0 },
    { cardType: '次卡', count: rng.int(0, 4), cents: 0 },
  ].map((c) => ({
    ...c,
    cents: c.count * { 年卡: 268_000, 季卡: 88_000, 次卡: 36_000 }[c.cardType]!,
  }));
  const served = rng.int(10, 60);
  const wait = rng.int(60, 420);
  const opened = rng.chance(0.12) ? 1 : 0;
  return {
    ...base,
    checkIns: checkIns(rng, day, total),
    occupancy: occupancy(rng, day, size),
    visitors: {
      total: sum('visitors'),
      trials: sum('trials'),
      converted: sum('converted'),
      conversionRate: sum('visitors') ? sum('converted') / sum('visitors') : null,
      byConsultant,
    },
    cardsSold: {
      byType: cards.filter((c) => c.count > 0),
      count: cards.reduce((a, c) => a + c.count, 0),
      cents: cards.reduce((a, c) => a + c.cents, 0),
    },
    phoneInquiries: rng.int(2, 15),
    queue: { served, averageWaitSeconds: wait, p90WaitSeconds: wait * 2 },
    complaints: {
      ...base.complaints,
      opened,
      resolved: opened,
      averageFirstResponseMinutes: opened ? rng.int(5, 40) : null,
      averageResolutionMinutes: opened ? rng.int(60, 600) : null,
      satisfactionAverage: opened ? rng.int(3, 5) : null,
      satisfactionCount: opened,
      byCategory: opened ? [{ category: rng.pick(CATEGORIES), count: 1 }] : [],
    },
    followUps: { done: rng.int(2, 12), missed: rng.int(0, 1) },
    desk: { tagLosses: rng.chance(0.05) ? 1 : 0, voids: rng.int(0, 2), overrides: rng.int(0, 1) },
    cash: {
      counted: handovers.signed,
      varianceCents: handovers.varianceCents,
      withVariance: handovers.varianceCents ? 1 : 0,
      takingsCents: rng.int(20_000, 400_000),
    },
    handovers: {
      expected: 2,
      signed: handovers.signed,
      missing: 2 - handovers.signed,
      flagged: handovers.flagged,
    },
  };
}

interface HandoverDraft {
  day: string;
  shift: 0 | 1;
  auditSeq: number;
  flagged: boolean;
  varianceCents: number;
}

function handover(rng: Random, d: HandoverDraft, staff: BranchStaff): Record<string, unknown> {
  const [name, start, end] =
    d.shift === 0 ? ['早班', '07:00', '15:00'] : ['晚班', '15:00', '23:00'];
  const expected = rng.int(50_000, 300_000);
  const at = dayStart(d.day) + (d.shift === 0 ? 15 : 23) * HOUR;
  return {
    handoverId: randomUUID(),
    shiftName: name,
    plannedStart: `${d.day}T${start}`,
    plannedEnd: `${d.day}T${end}`,
    status: d.flagged ? 'flagged' : 'signed',
    figures: { checkIns: rng.int(80, 400), visitors: rng.int(0, 10), cardsSold: rng.int(0, 4) },
    openItems: {
      followUps: rng.int(0, 6),
      overdueFollowUps: rng.int(0, 1),
      complaints: rng.int(0, 2),
      waitingVisitors: 0,
      tagsOut: rng.int(0, 5),
      unsettled: rng.int(0, 2),
      unreadMessages: rng.int(0, 3),
    },
    anomalies: rng.int(0, 2),
    cash: {
      openingFloatCents: 50_000,
      cashTakingsCents: expected - 50_000,
      expectedCents: expected,
      countedCents: expected + d.varianceCents,
      varianceCents: d.varianceCents,
    },
    outgoing: { name: rng.pick(staff.outgoing), at: at - 600_000 },
    incoming: { name: rng.pick(staff.incoming), at },
    flaggedSections: d.flagged ? ['cash'] : [],
    auditSeq: d.auditSeq,
    auditHead: randomBytes(32).toString('hex'),
    auditFingerprint: randomBytes(6).toString('hex').toUpperCase(),
  };
}

const REMEDIES: ComplaintRemedy[] = [
  { kind: 'freeSession', cents: null, sessions: 1, days: null },
  { kind: 'extension', cents: null, sessions: null, days: 7 },
  { kind: 'money', cents: 5_000, sessions: null, days: null },
  { kind: 'none', cents: null, sessions: null, days: null },
];

/** A complaint as complaintBundle sends it (no names: sharing is off). */
function complaint(rng: Random, day: string, n: number, overdue: boolean): Record<string, unknown> {
  const receivedAt = dayStart(day) + rng.int(9, 20) * HOUR;
  const responded = receivedAt + rng.int(5, 40) * 60_000;
  const resolved = overdue ? null : responded + rng.int(1, 10) * HOUR;
  const channel: ComplaintChannel = rng.pick(['desk', 'phone', 'message']);
  const category: ComplaintCategory = overdue
    ? 'facility'
    : rng.pick(['service', 'staff', 'facility', 'hygiene', 'billing']);
  const severity: ComplaintSeverity = overdue ? 'high' : 'normal';
  const state: ComplaintState = overdue ? 'responded' : 'closed';
  const deadlineState: DeadlineState = overdue ? 'overdue' : 'done';
  return {
    complaintId: randomUUID(),
    number: `TS-${day.replaceAll('-', '')}-${String(n).padStart(3, '0')}`,
    channel,
    category,
    severity,
    state,
    level: overdue ? 2 : 1,
    receivedAt,
    firstResponseDue: receivedAt + HOUR,
    resolutionDue: receivedAt + 2 * DAY_MS,
    respondedAt: responded,
    resolvedAt: resolved,
    closedAt: resolved,
    deadlineState,
    overdue,
    reopenedCount: 0,
    remedy: overdue ? REMEDIES[3] : rng.pick(REMEDIES),
    satisfaction: overdue ? null : rng.int(3, 5),
  };
}

/** An incident as incidentBundle sends it. */
function incident(rng: Random, day: string, n: number): Record<string, unknown> {
  const occurredAt = dayStart(day) + rng.int(8, 21) * HOUR;
  const kind: IncidentKind = rng.pick(['injury', 'illness', 'property', 'security']);
  const injured = kind === 'injury';
  return {
    incidentId: randomUUID(),
    number: `SG-${day.replaceAll('-', '')}-${String(n).padStart(2, '0')}`,
    kind,
    occurredAt,
    recordedAt: occurredAt + 1_800_000,
    injured,
    hospitalEscort: injured && rng.chance(0.3),
    costsCents: injured ? rng.int(0, 50_000) : 0,
    signed: true,
  };
}

/** The plan's days of outbox, in seq order, signed with the branch's key. */
export function branchBundles(plan: BranchPlan, rng: Random): SignedBundle[] {
  const staff = plan.staff ?? DEFAULT_STAFF;
  const out: SignedBundle[] = [];
  const add = (kind: Bundle['kind'], day: string, at: number, body: Record<string, unknown>) =>
    out.push(
      signBundle(
        { siteId: plan.siteId, seq: out.length + 1, kind, createdAt: at, businessDate: day, body },
        plan.privateKeyPem,
      ),
    );
  for (let d = 0; d < plan.days; d += 1) {
    const day = addDays(plan.firstDay, d);
    const t0 = dayStart(day);
    const missing = plan.missingHandovers?.includes(day) ?? false;
    const flagged = rng.chance(0.03);
    const varianceCents = rng.chance(0.08) ? rng.pick([-2_000, -500, 1_000, 3_000]) : 0;
    const draft = { day, flagged: false, varianceCents: 0, auditSeq: out.length * 40 };
    add('handover', day, t0 + 15 * HOUR, handover(rng, { ...draft, shift: 0 }, staff));
    if (day === plan.overdueComplaintOn)
      add('complaint', day, t0 + 17 * HOUR, complaint(rng, day, 1, true));
    else if (rng.chance(0.1)) add('complaint', day, t0 + 17 * HOUR, complaint(rng, day, 1, false));
    if (rng.chance(0.03)) add('incident', day, t0 + 18 * HOUR, incident(rng, day, 1));
    if (!missing) {
      const evening = { ...draft, shift: 1 as const, flagged, varianceCents };
      add('handover', day, t0 + 23 * HOUR, handover(rng, evening, staff));
    }
    const tick = t0 + DAY_MS + 300_000;
    const signed = missing ? 1 : 2;
    const figures = dayFigures(
      rng,
      day,
      plan.size,
      { signed, flagged: flagged && !missing ? 1 : 0, varianceCents: missing ? 0 : varianceCents },
      staff.consultants,
    );
    add('dayFigures', day, tick, { figures });
    add('auditHead', day, tick, {
      seq: out.length * 40,
      hash: randomBytes(32).toString('hex'),
      fingerprint: randomBytes(4).toString('hex').toUpperCase(),
    });
    add('backupStatus', day, tick, {
      lastOkAt: tick - HOUR,
      lastAt: tick - HOUR,
      lastOutcome: 'ok',
      lastTarget: 'usb',
    });
  }
  return out;
}
