import { randomBytes } from 'node:crypto';
import { normalisePeriod } from '../../../shared/domain/reportPeriod';
import { addDays } from '../../../shared/domain/time';
import type { HqResult } from '../../../shared/contract/hqViews';
import type { ReportPeriod } from '../../../shared/contract/reportViews';
import { decodeEnrolmentCode, EnrolmentError } from '../../headOffice/enrolment';
import type { ServiceContext } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { exportFolder, jobOwner, type JobSpec } from '../../jobs';
import { readSettings } from '../settings';
import { refuseFolderAtStation } from '../stations';
import { hqSettingsView, updateHqSettings } from './hqConfig';
import { endHqPool } from './hqPool';
import { enrolJob, exportJob, importJob, readJob, verifyJob, type HqRead } from './hqJobs';

/** A board longer than two months would not fit a screen or say more. */
const BOARD_MAX_DAYS = 62;
const FILE_MAGIC = Buffer.from('DKBF', 'ascii');

function start(ctx: ServiceContext, spec: JobSpec): { jobId: string } {
  const jobId = ctx.env.ids();
  const owner = jobOwner(ctx);
  const { env } = ctx;
  ctx.audit.targetType = 'job';
  ctx.audit.targetId = jobId;
  ctx.afterCommit(() => env.jobs.start(jobId, owner, spec));
  return { jobId };
}

function periodOf(input: Parameters<typeof normalisePeriod>[0], prefix = ''): ReportPeriod {
  const p = normalisePeriod(input);
  if (typeof p === 'string') throw validation({ [`${prefix}${p}`]: 'invalid' });
  return p;
}

/** The last day of the month `from` (YYYY-MM-01) starts: the day before the next month's 1st. */
function monthEnd(from: string): string {
  const y = Number(from.slice(0, 4));
  const m = Number(from.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** A day names its month; with `to`, the range as given (at most BOARD_MAX_DAYS). */
function boardRange(input: { from: string; to?: string | undefined }): HqRead {
  if (!input.to) {
    const from = `${input.from.slice(0, 8)}01`;
    return { what: 'board', from, to: monthEnd(from) };
  }
  if (addDays(input.from, BOARD_MAX_DAYS - 1) < input.to) throw validation({ to: 'tooLong' });
  return { what: 'board', from: input.from, to: input.to };
}

/** The enrolment code's own checks, so a mistyped code is named on the field at once. */
function checkCode(code: string): void {
  try {
    decodeEnrolmentCode(code);
  } catch (err) {
    if (err instanceof EnrolmentError) throw validation({ code: 'invalid' });
    throw err;
  }
}

function fileBytes(base64: string): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length < 64 || !bytes.subarray(0, 4).equals(FILE_MAGIC))
    throw validation({ contentBase64: 'notBundleFile' });
  return new Uint8Array(bytes);
}

export const hqHandlers: Pick<
  Handlers,
  | 'hq.settings'
  | 'hq.updateSettings'
  | 'hq.board'
  | 'hq.branches'
  | 'hq.report'
  | 'hq.exportReport'
  | 'hq.enrol'
  | 'hq.verify'
  | 'hq.importFile'
  | 'hq.result'
> = {
  'hq.settings': (ctx) => hqSettingsView(ctx.db, ctx.now),

  'hq.updateSettings': (ctx, input) => {
    updateHqSettings(ctx.db, input, ctx.now);
    ctx.audit.targetType = 'hq';
    ctx.audit.targetId = 'settings';
    // Which fields changed, never their values (the password above all).
    ctx.audit.detail = { fields: Object.keys(input).sort() };
    ctx.afterCommit(() => void endHqPool());
    return hqSettingsView(ctx.db, ctx.now);
  },

  'hq.board': (ctx, input) => {
    const range = boardRange(input);
    const started = start(ctx, readJob(ctx.env, range));
    ctx.audit.detail = range;
    return started;
  },

  'hq.branches': (ctx) => start(ctx, readJob(ctx.env, { what: 'branches' })),

  'hq.report': (ctx, input) => {
    const period = periodOf(input);
    const started = start(ctx, readJob(ctx.env, { what: 'report', period }));
    ctx.audit.detail = { from: period.from, to: period.to };
    return started;
  },

  'hq.exportReport': (ctx, input) => {
    refuseFolderAtStation(ctx.clientId);
    const period = periodOf(input.period, 'period.');
    const folder = exportFolder(ctx);
    const stamp = ctx.env.ids().slice(-8);
    const fileName = `deskbook-chain-report-${period.from}-${period.to}-${stamp}.${input.format}`;
    const language = readSettings(ctx.db).defaultLanguage;
    const started = start(
      ctx,
      exportJob(ctx.env, { period, format: input.format, language, folder, fileName }),
    );
    ctx.audit.detail = { fileName };
    return started;
  },

  'hq.enrol': (ctx, input) => {
    checkCode(input.code);
    const { siteId, siteName } = decodeEnrolmentCode(input.code);
    const password = randomBytes(18).toString('base64url');
    const started = start(ctx, enrolJob(ctx.env, input.code, password));
    ctx.audit.detail = { siteId, siteName };
    return started;
  },

  'hq.verify': (ctx) => {
    if (ctx.env.jobs.runningOn('hq', 'verify'))
      throw new AppError('CONFLICT', 'Head office is already checking.', { reason: 'hq.running' });
    return start(ctx, verifyJob(ctx.env, true));
  },

  'hq.importFile': (ctx, input) => {
    const bytes = fileBytes(input.contentBase64);
    const started = start(ctx, importJob(ctx.env, bytes));
    ctx.audit.detail = { fileName: input.fileName, bytes: bytes.length };
    return started;
  },

  'hq.result': (ctx, input) => {
    const output = ctx.env.jobs.outputFor(input.jobId, ctx.staff!.id);
    if (!output) throw new AppError('NOT_FOUND', 'No such result.', { reason: 'jobs.notFound' });
    return output as HqResult;
  },
};
