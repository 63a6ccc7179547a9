/** A November report of the demo gym, and a bridge that runs report jobs as main would. */
import type { JobKind, JobView } from '../../../../shared/contract/jobViews';
import type { ReportFigures, ReportView } from '../../../../shared/contract/reportViews';
import type { DeskbookBridge } from '../../../../shared/contract/transport';
import { resolve, stepPeriod, type PeriodChoice } from './period';

function heat(scale: number): number[][] {
  return [...Array(7).keys()].map((w) =>
    [...Array(24).keys()].map((h) =>
      h < 7 || h > 21 ? 0 : Math.round(scale * (h >= 18 && h <= 20 ? 9 : 3) + (w >= 5 ? 4 : w)),
    ),
  );
}

export function figures(scale: number, days: string[]): ReportFigures {
  return {
    checkIns: {
      gender: { female: 640 * scale, male: 560 * scale, unknown: 40 * scale, total: 1240 * scale },
      heat: heat(scale),
      peakHour: { hour: 19, count: 212 * scale },
      byDay: days.map((date, i) => ({ date, count: Math.round((30 + (i % 7) * 3) * scale) })),
    },
    occupancy: {
      byHour: [...Array(24).keys()].map((hour) => ({
        hour,
        average: hour < 7 || hour > 21 ? 0 : 12.5 * scale,
        peak: hour < 7 || hour > 21 ? 0 : 30 * scale,
      })),
      peak: { count: 41 * scale, at: Date.parse('2026-11-18T19:20:00+08:00') },
    },
    visitors: {
      total: 48 * scale,
      trials: 20 * scale,
      converted: 12 * scale,
      conversionRate: 0.25,
      byConsultant: [
        {
          staffId: 's1',
          name: '刘洋',
          visitors: 20 * scale,
          trials: 9 * scale,
          converted: 6 * scale,
        },
        {
          staffId: 's2',
          name: '陈静',
          visitors: 16 * scale,
          trials: 7 * scale,
          converted: 4 * scale,
        },
        {
          staffId: 's3',
          name: '黄敏',
          visitors: 12 * scale,
          trials: 4 * scale,
          converted: 2 * scale,
        },
      ],
    },
    cardsSold: {
      byType: [
        { cardType: '年卡', count: 5 * scale, cents: 1_280_000 * scale },
        { cardType: '季卡', count: 7 * scale, cents: 630_000 * scale },
      ],
      count: 12 * scale,
      cents: 1_910_000 * scale,
    },
    phoneInquiries: 33 * scale,
    queue: { served: 0, averageWaitSeconds: null, p90WaitSeconds: null },
    complaints: {
      opened: 6 * scale,
      resolved: 5 * scale,
      escalations: scale,
      averageFirstResponseMinutes: 80,
      averageResolutionMinutes: 26 * 60 + 5,
      satisfactionAverage: 4.2,
      satisfactionCount: 5,
      byCategory: [
        { category: 'facility', count: 3 * scale },
        { category: 'service', count: 3 * scale },
      ],
    },
    followUps: { done: 40 * scale, missed: 3 },
    desk: { tagLosses: 2, voids: 4 * scale, overrides: 1 },
    cash: {
      counted: 60,
      varianceCents: -1_250,
      withVariance: 2,
      takingsCents: 4_523_050 * scale,
    },
    handovers: { expected: 60, signed: 58, missing: 2, flagged: 1 },
  };
}

const daysOf = (from: string, n: number) =>
  [...Array(n).keys()].map((i) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });

/** A report of `choice` whose previous period had 10 % fewer check-ins (scale 1 vs 0.9…). */
export function reportView(
  choice: PeriodChoice = { kind: 'month', from: '2026-11-01' },
  modules = ['handTags', 'consultants', 'visitors', 'clientFiles'],
): ReportView {
  const period = resolve(choice);
  const previousPeriod = resolve(stepPeriod(choice, -1));
  const previous = figures(1, daysOf(previousPeriod.from, previousPeriod.days));
  const current = figures(1, daysOf(period.from, period.days));
  current.checkIns.gender.total = 1364; // ▲ 10 % against 1,240
  current.complaints.opened = 3; // ▼ 50 % against 6
  current.phoneInquiries = 33; // = 0 %
  previous.cardsSold.count = 0; // — (nothing before to compare with)
  return { period, previousPeriod, current, previous, generatedAt: Date.now(), modules };
}

function job(id: string, kind: JobKind, over: Partial<JobView> = {}): JobView {
  return {
    id,
    kind,
    state: 'running',
    phase: 'reading',
    done: 0,
    total: 1,
    startedAt: 1,
    endedAt: null,
    startedByName: '孙丽',
    cancellable: true,
    result: null,
    error: null,
    ...over,
  };
}

/**
 * A transport that answers `reports.build` / `reports.export` with a job id and then sends
 * its progress events (running, then done unless `hold` keeps it running), as main does.
 */
export function reportBridge(opts: { hold?: boolean; fileName?: string; modules?: string[] } = {}) {
  const calls: { channel: string; input: unknown }[] = [];
  const listeners = new Set<(payload: unknown) => void>();
  const emit = (view: JobView) => listeners.forEach((l) => l(view));
  let n = 0;
  const bridge: DeskbookBridge = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      if (channel === 'reports.build' || channel === 'reports.export') {
        n += 1;
        const id = `job-${n}`;
        const kind = channel === 'reports.build' ? 'reports.build' : 'reports.export';
        setTimeout(() => {
          emit(job(id, kind, { done: 0, total: 4 }));
          if (opts.hold) return;
          const result = kind === 'reports.export' ? { fileName: opts.fileName ?? 'r.xlsx' } : {};
          emit(job(id, kind, { state: 'done', phase: 'finished', done: 4, total: 4, result }));
        }, 0);
        return { ok: true, data: { jobId: id } };
      }
      if (channel === 'reports.result') {
        const build = calls.filter((c) => c.channel === 'reports.build').at(-1)!;
        return { ok: true, data: reportView(build.input as PeriodChoice, opts.modules) };
      }
      if (channel === 'jobs.cancel')
        return { ok: true, data: job('job-1', 'reports.build', { state: 'cancelled' }) };
      return { ok: false, error: { code: 'NOT_FOUND', message: 'unscripted' } };
    },
    on: (event, listener) => {
      if (event !== 'job.progress') return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  window.deskbook = bridge;
  return calls;
}
