import { describe, expect, it } from 'vitest';
import type { ReportFigures, ReportView } from '../../shared/contract/reportViews';
import type { HandoverContent } from '../../shared/contract/handoverViews';
import { businessDate } from '../../shared/domain/time';
import { at, MINUTE, seededMonth, type SeededMonth } from '../helpers/reportFixtures';

async function report(
  v: SeededMonth,
  input: { kind: 'day' | 'week' | 'month' | 'range'; from: string; to?: string },
  who: 'duty' | 'supervisor' = 'supervisor',
): Promise<ReportView> {
  const { jobId } = v.ok('reports.build', input, v.as(who));
  const end = await v.core.jobs.whenEnded(jobId);
  expect(end.state).toBe('done');
  return v.ok('reports.result', { jobId }, v.as(who));
}

/** The month's moments as the test states the rule: 1 November 00:00 to the hand-over at 00:50 on 1 December. */
function novemberSpan(v: SeededMonth) {
  const db = v.db();
  const lastClosed = db
    .prepare(
      `SELECT closed_at FROM shifts WHERE business_date = '2026-11-30' ORDER BY opened_at DESC LIMIT 1`,
    )
    .pluck()
    .get() as number;
  expect(lastClosed).toBe(at('2026-12-01', 0, 50));
  return { from: at('2026-11-01', 0), to: lastClosed };
}

/** Independent labels of this data set: shift days from the shifts table, else the calendar. */
function labelOf(v: SeededMonth) {
  const shifts = v
    .db()
    .prepare('SELECT business_date AS day, opened_at, closed_at FROM shifts ORDER BY opened_at')
    .all() as { day: string; opened_at: number; closed_at: number }[];
  return (ms: number) => {
    if (ms < at('2026-11-29', 0)) return businessDate(ms);
    for (const [i, s] of shifts.entries()) {
      const prevClosed = i === 0 ? at('2026-11-29', 0) - 1 : shifts[i - 1]!.closed_at;
      if (ms > prevClosed && ms <= s.closed_at) return s.day;
    }
    return businessDate(ms);
  };
}

function scalar(v: SeededMonth, sql: string, params: object = {}): number {
  return v.db().prepare(sql).pluck().get(params) as number;
}

describe('reports: every figure is an independent count over the raw tables', () => {
  it('November: check-ins by gender, by business date, the heat map and the peak hour', async () => {
    const v = seededMonth();
    const view = await report(v, { kind: 'month', from: '2026-11-17' });
    expect(view.period).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30', days: 30 });
    expect(view.previousPeriod).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    const span = novemberSpan(v);
    const rows = v
      .db()
      .prepare(
        'SELECT checked_in_at AS at, gender FROM check_ins WHERE checked_in_at BETWEEN @from AND @to',
      )
      .all(span) as { at: number; gender: string }[];
    const g = view.current.checkIns.gender;
    expect(g.total).toBe(rows.length);
    expect(g.female).toBe(rows.filter((r) => r.gender === 'female').length);
    expect(g.male).toBe(rows.filter((r) => r.gender === 'male').length);
    expect(g.unknown).toBe(rows.filter((r) => r.gender === 'unspecified').length);
    // The 00:20 entry of 1 December is the 30th's (its late shift was at work).
    const label = labelOf(v);
    const byDay = new Map<string, number>();
    const heat = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    for (const r of rows) {
      const d = label(r.at);
      byDay.set(d, (byDay.get(d) ?? 0) + 1);
      const weekday = (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7;
      heat[weekday]![new Date(r.at).getHours()]! += 1;
    }
    expect(view.current.checkIns.byDay).toHaveLength(30);
    for (const d of view.current.checkIns.byDay) expect(d.count).toBe(byDay.get(d.date) ?? 0);
    expect(byDay.get('2026-11-30')).toBe(5);
    expect(view.current.checkIns.heat).toEqual(heat);
    expect(heat[0]![0]).toBe(1); // Monday the 30th, 00:20
    const hours = Array.from({ length: 24 }, (_, h) => heat.reduce((n, w) => n + w[h]!, 0));
    const top = Math.max(...hours);
    expect(view.current.checkIns.peakHour).toEqual({ hour: hours.indexOf(top), count: top });
    // The previous month: October's one evening entry.
    expect(view.previous.checkIns.gender.total).toBe(1);
  });

  it('occupancy: person-time per local hour over the days, and the most on site at once', async () => {
    const v = seededMonth();
    const view = await report(v, { kind: 'month', from: '2026-11-01' });
    const span = novemberSpan(v);
    const stays = v
      .db()
      .prepare(
        `SELECT checked_in_at AS "in", checked_out_at AS "out" FROM check_ins
         WHERE checked_in_at BETWEEN @from AND @to`,
      )
      .all(span) as { in: number; out: number }[];
    const minutes = new Array<number>(24).fill(0);
    const onSite = new Map<number, number>();
    for (const s of stays)
      for (let t = s.in; t < Math.min(s.out, span.to + 1); t += MINUTE) {
        minutes[new Date(t).getHours()]! += 1;
        onSite.set(t, (onSite.get(t) ?? 0) + 1);
      }
    const most = Math.max(...onSite.values());
    const occupancy = view.current.occupancy;
    for (const h of occupancy.byHour)
      expect(h.average).toBeCloseTo(Math.round((minutes[h.hour]! / 60 / 30) * 10) / 10, 5);
    expect(occupancy.peak?.count).toBe(most);
    expect(onSite.get(occupancy.peak!.at)).toBe(most);
    expect(occupancy.byHour[10]!.peak).toBeGreaterThanOrEqual(1);
  });

  it('visitors, trials and conversion by consultant; cards; calls; the queue', async () => {
    const v = seededMonth();
    const f = (await report(v, { kind: 'month', from: '2026-11-01' })).current;
    const span = novemberSpan(v);
    const inSpan = 'registered_at BETWEEN @from AND @to';
    expect(f.visitors.total).toBe(scalar(v, `SELECT count(*) FROM visitors WHERE ${inSpan}`, span));
    expect(f.visitors.trials).toBe(
      scalar(v, `SELECT count(*) FROM visitors WHERE ${inSpan} AND trial = 1`, span),
    );
    // A file with a card made for the visitor's phone after the visit, before the period ended.
    const converted = scalar(
      v,
      `SELECT count(*) FROM visitors vi WHERE ${inSpan} AND EXISTS (
         SELECT 1 FROM clients c, json_each(c.phones) p
         WHERE p.value = vi.phone AND c.card_type IS NOT NULL
           AND c.created_at >= vi.registered_at AND c.created_at <= @to)`,
      span,
    );
    expect(converted).toBe(1);
    expect(f.visitors.converted).toBe(converted);
    expect(f.visitors.conversionRate).toBeCloseTo(converted / f.visitors.total);
    const consultant = f.visitors.byConsultant.find((c) => c.staffId === v.staff.consultant)!;
    expect(consultant).toMatchObject({
      name: '刘洋',
      visitors: scalar(v, `SELECT count(*) FROM visitors WHERE ${inSpan} AND consultant_id = @c`, {
        ...span,
        c: v.staff.consultant,
      }),
      converted: 1,
    });
    const cards = v
      .db()
      .prepare(
        `SELECT card_type AS cardType, sum(count) AS count FROM card_sales
         WHERE sold_at BETWEEN @from AND @to GROUP BY card_type`,
      )
      .all(span) as { cardType: string; count: number }[];
    expect(f.cardsSold.byType.map(({ cardType, count }) => ({ cardType, count }))).toEqual(
      expect.arrayContaining(cards),
    );
    expect(f.cardsSold.byType).toHaveLength(cards.length);
    expect(f.cardsSold.count).toBe(cards.reduce((n, c) => n + c.count, 0));
    expect(f.phoneInquiries).toBe(
      scalar(v, 'SELECT count(*) FROM calls WHERE at BETWEEN @from AND @to', span),
    );
    const waits = (
      v
        .db()
        .prepare(
          `SELECT (called_at - taken_at) / 1000.0 FROM queue_tickets
           WHERE status = 'served' AND served_at BETWEEN @from AND @to ORDER BY 1`,
        )
        .pluck()
        .all(span) as number[]
    ).sort((a, b) => a - b);
    expect(f.queue.served).toBe(waits.length);
    expect(f.queue.averageWaitSeconds).toBe(
      Math.round(waits.reduce((n, w) => n + w, 0) / waits.length),
    );
    expect(f.queue.p90WaitSeconds).toBe(waits[Math.ceil(0.9 * waits.length) - 1]);
  });

  it('complaints, follow-up calls, tag losses, voids, overrides and cash', async () => {
    const v = seededMonth();
    const f = (await report(v, { kind: 'month', from: '2026-11-01' })).current;
    const span = novemberSpan(v);
    const c = f.complaints;
    expect(c.opened).toBe(
      scalar(v, 'SELECT count(*) FROM complaints WHERE received_at BETWEEN @from AND @to', span),
    );
    expect(c.byCategory).toEqual([
      { category: 'service', count: 2 },
      { category: 'hygiene', count: 1 },
    ]);
    expect(c.resolved).toBe(
      scalar(v, 'SELECT count(*) FROM complaints WHERE resolved_at BETWEEN @from AND @to', span),
    );
    expect(c.averageResolutionMinutes).toBe(
      scalar(
        v,
        'SELECT avg(resolution_minutes) FROM complaints WHERE resolved_at BETWEEN @from AND @to',
        span,
      ),
    );
    expect(c.averageFirstResponseMinutes).toBe(
      scalar(
        v,
        'SELECT avg(response_minutes) FROM complaints WHERE responded_at BETWEEN @from AND @to',
        span,
      ),
    );
    // The escalation at 00:30 on 1 December happened while the 30th's late shift was at work.
    expect(c.escalations).toBe(2);
    expect(c.escalations).toBe(
      scalar(
        v,
        "SELECT count(*) FROM complaint_events WHERE kind = 'escalated' AND at BETWEEN @from AND @to",
        span,
      ),
    );
    expect(c.satisfactionCount).toBe(2);
    expect(c.satisfactionAverage).toBe(
      scalar(
        v,
        `SELECT avg(score) FROM follow_up_calls WHERE complaint_id IS NOT NULL
         AND done_day BETWEEN '2026-11-01' AND '2026-11-30'`,
      ),
    );
    expect(f.followUps.done).toBe(
      scalar(
        v,
        `SELECT count(*) FROM follow_up_calls WHERE outcome = 'reached'
         AND done_day BETWEEN '2026-11-01' AND '2026-11-30'`,
      ),
    );
    expect(f.followUps.missed).toBe(
      scalar(
        v,
        `SELECT count(*) FROM follow_up_calls WHERE due_day BETWEEN '2026-11-01' AND '2026-11-30'
         AND outcome IS NULL`,
      ),
    );
    expect(f.followUps).toEqual({ done: 3, missed: 2 });
    expect(f.desk).toEqual({
      tagLosses: scalar(
        v,
        'SELECT count(*) FROM hand_tags WHERE lost_at BETWEEN @from AND @to',
        span,
      ),
      voids: scalar(
        v,
        'SELECT count(*) FROM tag_charges WHERE voided_at BETWEEN @from AND @to',
        span,
      ),
      overrides: scalar(
        v,
        'SELECT count(*) FROM check_ins WHERE override_by IS NOT NULL AND checked_in_at BETWEEN @from AND @to',
        span,
      ),
    });
    expect(f.desk).toEqual({ tagLosses: 2, voids: 1, overrides: 1 });
    expect(f.cash).toEqual({
      counted: 4,
      varianceCents: -500,
      withVariance: 1,
      takingsCents: scalar(
        v,
        `SELECT sum(total_cents) FROM tag_charges WHERE method = 'cash' AND voided_at IS NULL
         AND settled_at BETWEEN @from AND @to`,
        span,
      ),
    });
    expect(f.handovers).toEqual({ expected: 4, signed: 4, missing: 0, flagged: 1 });
  });
});

type Sum = Record<'entries' | 'trials' | 'visitors' | 'cards' | 'calls' | 'queue' | 'cash', number>;

function handoverSums(v: SeededMonth, from: string, to: string): Sum {
  const contents = (
    v
      .db()
      .prepare(
        `SELECT content FROM handovers WHERE business_date BETWEEN ? AND ?
         AND outgoing_signed_at IS NOT NULL`,
      )
      .pluck()
      .all(from, to) as string[]
  ).map((c) => JSON.parse(c) as HandoverContent);
  const sum = (pick: (c: HandoverContent) => number) => contents.reduce((n, c) => n + pick(c), 0);
  return {
    entries: sum((c) => c.figures.entries.total + (c.figures.beforeOpening?.entries ?? 0)),
    trials: sum((c) => c.figures.trials.total),
    visitors: sum((c) => c.figures.visitors),
    cards: sum((c) => c.figures.cardsSold.reduce((n, s) => n + s.count, 0)),
    calls: sum((c) => c.figures.phoneInquiries),
    queue: sum((c) => c.figures.queueServed),
    cash: sum((c) => c.cash.cashTakingsCents + (c.cash.beforeOpeningCents ?? 0)),
  };
}

function totals(f: ReportFigures): Sum {
  return {
    entries: f.checkIns.gender.total,
    trials: f.visitors.trials,
    visitors: f.visitors.total,
    cards: f.cardsSold.count,
    calls: f.phoneInquiries,
    queue: f.queue.served,
    cash: f.cash.takingsCents,
  };
}

describe('reports agree with the handovers of the same business dates', () => {
  it('the days with shifts, across midnight and the month boundary: totals equal the handovers', async () => {
    const v = seededMonth();
    const view = await report(v, { kind: 'range', from: '2026-11-29', to: '2026-12-01' });
    const sums = handoverSums(v, '2026-11-29', '2026-12-01');
    expect(sums.entries).toBeGreaterThan(10);
    expect(totals(view.current)).toEqual(sums);
    for (const day of ['2026-11-29', '2026-11-30', '2026-12-01']) {
      const one = await report(v, { kind: 'day', from: day });
      expect(totals(one.current)).toEqual(handoverSums(v, day, day));
    }
    // 1 December's late shift was never opened once its window passed.
    expect(view.current.handovers).toEqual({ expected: 6, signed: 5, missing: 1, flagged: 1 });
  });

  it('November equals the handovers of the 29th and 30th plus the calendar days before shifts', async () => {
    const v = seededMonth();
    const f = (await report(v, { kind: 'month', from: '2026-11-01' })).current;
    const before = { from: at('2026-11-01', 0), to: at('2026-11-29', 0) - 1 };
    const sums = handoverSums(v, '2026-11-29', '2026-11-30');
    expect(f.checkIns.gender.total).toBe(
      sums.entries +
        scalar(
          v,
          'SELECT count(*) FROM check_ins WHERE checked_in_at BETWEEN @from AND @to',
          before,
        ),
    );
    expect(f.cash.takingsCents).toBe(
      sums.cash +
        scalar(
          v,
          `SELECT sum(total_cents) FROM tag_charges WHERE method = 'cash' AND voided_at IS NULL
           AND settled_at BETWEEN @from AND @to`,
          before,
        ),
    );
  });
});

describe('reports: who may read them, and what a period may be', () => {
  it('a receptionist is refused; a bad period names its field; a result is its starter only', async () => {
    const v = seededMonth();
    const refused = v.call(
      'reports.build',
      { kind: 'month', from: '2026-11-01' },
      v.as('reception'),
    );
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const long = v.call(
      'reports.build',
      { kind: 'range', from: '2025-01-01', to: '2027-01-01' },
      v.as('duty'),
    );
    expect(long.ok ? null : long.error).toMatchObject({
      code: 'VALIDATION',
      fields: { to: 'invalid' },
    });
    const noEnd = v.call('reports.build', { kind: 'range', from: '2026-11-01' }, v.as('duty'));
    expect(noEnd.ok ? null : noEnd.error).toMatchObject({
      code: 'VALIDATION',
      fields: { to: expect.any(String) },
    });
    const badDay = v.call('reports.build', { kind: 'day', from: '2026-02-31' }, v.as('duty'));
    expect(badDay.ok ? null : badDay.error).toMatchObject({
      code: 'VALIDATION',
      fields: { from: 'invalid' },
    });
    const { jobId } = v.ok('reports.build', { kind: 'week', from: '2026-11-30' }, v.as('duty'));
    await v.core.jobs.whenEnded(jobId);
    expect(v.ok('reports.result', { jobId }, v.as('duty')).period.from).toBe('2026-11-30');
    const other = v.call('reports.result', { jobId }, v.as('supervisor'));
    expect(other.ok ? null : other.error.code).toBe('NOT_FOUND');
    // Building writes no audit row (only the receptionist's refusal is there).
    expect(
      scalar(
        v,
        "SELECT count(*) FROM audit_log WHERE action LIKE 'reports.%' AND outcome <> 'denied'",
      ),
    ).toBe(0);
  });

  it('a site without the queue still gets the section, as zeros, and the list of its modules', async () => {
    const v = seededMonth();
    v.ok(
      'settings.update',
      { modules: ['handTags', 'clientFiles', 'visitors', 'consultants'] },
      v.as('admin'),
    );
    const view = await report(v, { kind: 'day', from: '2026-12-02' });
    expect(view.modules).not.toContain('queue');
    expect(view.modules).toContain('handTags');
    expect(view.current.queue).toEqual({
      served: 0,
      averageWaitSeconds: null,
      p90WaitSeconds: null,
    });
    expect(view.current.checkIns.gender.total).toBe(1);
    expect(view.generatedAt).toBe(at('2026-12-02', 10));
    // The day before: 1 December, with its shift's figures.
    expect(view.previous.queue.served).toBe(0);
    expect(view.previous.checkIns.byDay).toEqual([{ date: '2026-12-01', count: 2 }]);
  });
});
