/**
 * A chain of three branches for November 2026 as head office reads them: 北京朝阳店 all
 * signed, 上海静安店 one missing handover and one overdue complaint, 广州天河店 a flagged
 * handover. And a bridge that runs hq jobs as main does.
 */
import type {
  HqBoardBranch,
  HqBoardDay,
  HqBoardView,
  HqBranchView,
  HqEnrolResult,
  HqImportResult,
  HqReportView,
  HqResult,
  HqSettingsView,
} from '../../../../shared/contract/hqViews';
import type { JobKind, JobResult, JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { DeskbookBridge } from '../../../../shared/contract/transport';
import { figures, reportView } from '../reports/fixtures';
import type { PeriodChoice } from '../reports';

export const SITES = {
  beijing: '0192f0c8-1111-7000-8000-0000000000b1',
  shanghai: '0192f0c8-2222-7000-8000-0000000000s2',
  guangzhou: '0192f0c8-3333-7000-8000-0000000000g3',
};

export const NOVEMBER = [...Array(30).keys()].map(
  (i) => `2026-11-${String(i + 1).padStart(2, '0')}`,
);

const day = (date: string, patch: Partial<HqBoardDay> = {}): HqBoardDay => ({
  date,
  state: 'signed',
  expected: 2,
  missing: 0,
  signed: 2,
  flagged: 0,
  varianceCents: 0,
  ...patch,
});

/** The 30th has no day report yet anywhere: the branches send it after closing. */
const days = (special: Record<string, Partial<HqBoardDay>>) =>
  NOVEMBER.map((d) =>
    d === '2026-11-30'
      ? day(d, { state: 'waiting', expected: null, missing: null, signed: 0 })
      : day(d, special[d]),
  );

const at = (iso: string) => Date.parse(iso);

function branch(patch: Partial<HqBoardBranch> & Pick<HqBoardBranch, 'siteId' | 'name'>) {
  const b: HqBoardBranch = {
    days: days({}),
    totals: { signed: 58, flagged: 0, missing: 0, varianceCents: 0, withVariance: 0 },
    openComplaints: 0,
    overdueComplaints: [],
    incidents: [],
    problems: [],
    lastReceivedAt: at('2026-11-30T02:10:00+08:00'),
    backupLastOkAt: at('2026-11-30T03:00:00+08:00'),
    attention: false,
    ...patch,
  };
  return b;
}

export function boardView(): HqBoardView {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    days: NOVEMBER,
    generatedAt: at('2026-11-30T09:00:00+08:00'),
    branches: [
      branch({ siteId: SITES.beijing, name: '北京朝阳店', openComplaints: 1 }),
      branch({
        siteId: SITES.shanghai,
        name: '上海静安店',
        days: days({ '2026-11-12': { state: 'missing', signed: 1, missing: 1 } }),
        totals: { signed: 57, flagged: 0, missing: 1, varianceCents: 0, withVariance: 0 },
        openComplaints: 2,
        overdueComplaints: [
          {
            number: 'TS-20261103-002',
            category: 'service',
            severity: 'serious',
            level: 2,
            state: 'escalated',
            receivedAt: at('2026-11-03T10:00:00+08:00'),
            resolutionDue: at('2026-11-06T18:00:00+08:00'),
            overdue: true,
          },
        ],
        attention: true,
      }),
      branch({
        siteId: SITES.guangzhou,
        name: '广州天河店',
        days: days({ '2026-11-20': { state: 'flagged', flagged: 1, varianceCents: -1_250 } }),
        totals: { signed: 58, flagged: 1, missing: 0, varianceCents: -1_250, withVariance: 1 },
        incidents: [
          {
            number: 'SJ-20261120-001',
            kind: 'injury',
            occurredAt: at('2026-11-20T19:40:00+08:00'),
            injured: true,
            hospitalEscort: false,
            signed: true,
          },
        ],
      }),
    ],
  };
}

export function branchesView(): HqBranchView[] {
  const base = {
    enrolledAt: at('2026-10-01T10:00:00+08:00'),
    bundles: 240,
    lastSeq: 240,
    lastReceivedAt: at('2026-11-30T02:10:00+08:00'),
    verifiedSeq: 240,
    verifiedAt: at('2026-11-30T08:00:00+08:00'),
    problems: [],
  };
  return [
    {
      ...base,
      siteId: SITES.beijing,
      name: '北京朝阳店',
      roleName: 'branch_bj_chaoyang',
      keyFingerprint: '3F2A-9C01-77AB-0D4E-B1C2-D3E4-F5A6-0718',
    },
    {
      ...base,
      siteId: SITES.shanghai,
      name: '上海静安店',
      roleName: 'branch_sh_jingan',
      keyFingerprint: '8B10-44C2-19DE-A0F3-5C6D-7E8F-9012-3456',
      bundles: 236,
      verifiedSeq: 120,
      problems: [
        { problem: 'gap', seq: 121, untilSeq: 124, foundAt: at('2026-11-30T08:00:00+08:00') },
        {
          problem: 'signature',
          seq: 130,
          untilSeq: null,
          foundAt: at('2026-11-30T08:00:00+08:00'),
        },
      ],
    },
    {
      ...base,
      siteId: SITES.guangzhou,
      name: '广州天河店',
      roleName: 'branch_gz_tianhe',
      keyFingerprint: 'C0DE-1234-5678-9ABC-DEF0-1122-3344-5566',
    },
  ];
}

/** The chain's month: the three branches' figures summed (scale 3), each branch its own. */
export function hqReportView(choice: PeriodChoice = { kind: 'month', from: '2026-11-01' }) {
  const chain = reportView(choice);
  const own = (siteId: string, name: string, scale: number, daysReported: number) => ({
    siteId,
    name,
    daysReported,
    figures: figures(scale, NOVEMBER),
  });
  const view: HqReportView = {
    ...chain,
    branches: [
      own(SITES.beijing, '北京朝阳店', 1, 30),
      own(SITES.shanghai, '上海静安店', 2, 29),
      own(SITES.guangzhou, '广州天河店', 1, 30),
    ],
  };
  return view;
}

export function hqSettingsView(patch: Partial<HqSettingsView> = {}): HqSettingsView {
  return {
    configured: true,
    host: 'pg.hq.example.cn',
    port: 5432,
    database: 'deskbook',
    roleName: 'deskbook_ho',
    passwordSet: true,
    caPem: null,
    publicKey: 'dkho1_Qm9hcmRLZXlGb3JPZmZsaW5lRmlsZXNPZkJyYW5jaGVz',
    lastCheckAt: at('2026-11-30T09:00:00+08:00'),
    lastOutcome: 'ok',
    lastReason: null,
    ...patch,
  };
}

export const enrolResult: HqEnrolResult = {
  siteId: SITES.guangzhou,
  siteName: '广州天河店',
  roleName: 'branch_gz_tianhe',
  password: 'Vq7-mR2x-9KpL-4tWz-Hc8N',
  keyFingerprint: 'C0DE-1234-5678-9ABC-DEF0-1122-3344-5566',
};

export const importResult: HqImportResult = {
  siteId: SITES.shanghai,
  siteName: '上海静安店',
  firstSeq: 121,
  lastSeq: 124,
  stored: 3,
  alreadyStored: 1,
};

const KINDS: Record<string, JobKind> = {
  'hq.board': 'hq.read',
  'hq.branches': 'hq.read',
  'hq.report': 'hq.read',
  'hq.enrol': 'hq.enrol',
  'hq.importFile': 'hq.import',
  'hq.verify': 'hq.verify',
  'hq.exportReport': 'hq.export',
};

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
    startedByName: '周敏',
    cancellable: false,
    result: null,
    error: null,
    ...over,
  };
}

function resultOf(channel: string, input: unknown): HqResult | null {
  if (channel === 'hq.board') return { what: 'board', board: boardView() };
  if (channel === 'hq.branches') return { what: 'branches', branches: branchesView() };
  if (channel === 'hq.report')
    return { what: 'report', report: hqReportView(input as PeriodChoice) };
  if (channel === 'hq.enrol') return { what: 'enrol', enrol: enrolResult };
  if (channel === 'hq.importFile') return { what: 'import', import: importResult };
  return null;
}

export interface HqBridgeOptions {
  /** Jobs of these channels fail with this error, as main's job would. */
  fail?: Record<string, AppErrorShape>;
  /** Jobs of these channels stay running. */
  hold?: string[];
  /** Answers for the plain channels (hq.settings, hq.updateSettings, settings.get…). */
  answers?: Record<string, unknown | ((input: unknown) => unknown)>;
  jobResult?: JobResult;
}

/**
 * A transport that answers hq job channels with a job id, sends the job's events (running,
 * then done or failed) and then hands over what the job read through `hq.result`.
 */
export function hqBridge(opts: HqBridgeOptions = {}) {
  const calls: { channel: string; input: unknown }[] = [];
  const listeners = new Set<(payload: unknown) => void>();
  const emit = (view: JobView) => listeners.forEach((l) => l(view));
  const results = new Map<string, HqResult | null>();
  let n = 0;
  const bridge: DeskbookBridge = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      const kind = KINDS[channel];
      if (kind) {
        n += 1;
        const id = `hq-job-${n}`;
        results.set(id, resultOf(channel, input));
        setTimeout(() => {
          emit(job(id, kind));
          if (opts.hold?.includes(channel)) return;
          const error = opts.fail?.[channel];
          if (error) return emit(job(id, kind, { state: 'failed', phase: 'finished', error }));
          const result = opts.jobResult ?? {};
          emit(job(id, kind, { state: 'done', phase: 'finished', done: 1, result }));
        }, 0);
        return { ok: true, data: { jobId: id } };
      }
      if (channel === 'hq.result') {
        const r = results.get((input as { jobId: string }).jobId);
        return r
          ? { ok: true, data: r }
          : { ok: false, error: { code: 'NOT_FOUND', message: 'no' } };
      }
      const answer = opts.answers?.[channel];
      if (answer !== undefined)
        return typeof answer === 'function' ? (answer as (i: unknown) => unknown)(input) : answer;
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

export const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);
