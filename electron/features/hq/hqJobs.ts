import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { HqResult } from '../../../shared/contract/hqViews';
import type { JobKind, JobResult } from '../../../shared/contract/jobViews';
import type { ReportPeriod } from '../../../shared/contract/reportViews';
import type { Language } from '../../../shared/contract/views';
import { businessDate } from '../../../shared/domain/time';
import { readBoard } from '../../headOffice/board';
import { readBranches } from '../../headOffice/branchList';
import { readCrossReport } from '../../headOffice/crossReport';
import { hqReportSheets } from '../../headOffice/hqReportSheets';
import { importBundleFile } from '../../headOffice/offlineImport';
import { enrolBranch } from '../../headOffice/pg/enrolBranch';
import { verifyBranches } from '../../headOffice/verifyAll';
import { publicKeyFingerprint, decodeEnrolmentCode } from '../../headOffice/enrolment';
import { csvBytes, workbookBytes } from '../../files/workbook';
import type { AppEnv } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import type { JobControl, JobSpec } from '../../jobs';
import { hqConnection, hqKeyPair, recordCheck } from './hqConfig';
import { hqRefusal } from './hqErrors';
import { hqPool } from './hqPool';

export type HqRead =
  | { what: 'board'; from: string; to: string }
  | { what: 'branches' }
  | { what: 'report'; period: ReportPeriod };

/** The pool for this vault's settings, read on Core's writer between desk calls. */
async function poolOf(env: AppEnv, job: JobControl): Promise<Pool> {
  const config = await job.chunk(() => hqConnection(env.db()!, env.now()));
  if (!config)
    throw new AppError('CONFLICT', 'Head office’s database is not set up.', {
      reason: 'hq.notConfigured',
    });
  return hqPool(config);
}

function note(env: AppEnv, job: JobControl, outcome: 'ok' | 'failed', reason: string | null) {
  return job.chunk(() => {
    const db = env.db()!;
    db.transaction(() => recordCheck(db, env.now(), outcome, reason)).immediate();
  });
}

/**
 * Every hq job talks to PostgreSQL the same way: a pool from the settings, the work, and the
 * outcome noted on the settings (the screen shows "last checked"); a failure becomes a
 * refusal the screen can word.
 */
function hqJob(
  env: AppEnv,
  kind: JobKind,
  work: (pool: Pool, job: JobControl) => Promise<JobResult>,
  unaudited = false,
): JobSpec {
  return {
    kind,
    unaudited,
    async run(job) {
      try {
        const pool = await poolOf(env, job);
        const result = await work(pool, job);
        await note(env, job, 'ok', null);
        return result;
      } catch (err) {
        const refused = hqRefusal(err);
        const reason = refused instanceof AppError ? (refused.extra.reason ?? null) : null;
        if (reason && reason !== 'hq.notConfigured') await note(env, job, 'failed', reason);
        throw refused;
      }
    },
  };
}

async function read(env: AppEnv, pool: Pool, q: HqRead): Promise<HqResult> {
  const now = env.now();
  if (q.what === 'branches') return { what: 'branches', branches: await readBranches(pool) };
  if (q.what === 'report')
    return { what: 'report', report: await readCrossReport(pool, q.period, now) };
  // The board is checked first, so what arrived since the last check is shown as found.
  await verifyBranches(pool);
  return { what: 'board', board: await readBoard(pool, q.from, q.to, businessDate(now), now) };
}

/** A read for the person who asked (hq.result hands it over); the channel wrote the audit row. */
export function readJob(env: AppEnv, q: HqRead): JobSpec {
  return hqJob(
    env,
    'hq.read',
    async (pool, job) => {
      job.progress('reading', 0, 1);
      job.keep(await read(env, pool, q));
      job.progress('reading', 1, 1);
      return {};
    },
    true,
  );
}

export function verifyJob(env: AppEnv, full: boolean): JobSpec {
  const spec = hqJob(env, 'hq.verify', async (pool, job) => {
    const summary = await verifyBranches(pool, {
      full,
      progress: (done, total) => job.progress('verifying', done, total),
    });
    return { branches: summary.branches, problems: summary.problems };
  });
  return { ...spec, target: { type: 'hq', id: 'verify' } };
}

/** The code was checked by the channel; the password is made here and shown once. */
export function enrolJob(env: AppEnv, code: string, password: string): JobSpec {
  return hqJob(env, 'hq.enrol', async (pool, job) => {
    const enrolled = await enrolBranch(pool, code, password);
    job.keep({
      what: 'enrol',
      enrol: {
        ...enrolled,
        password,
        keyFingerprint: publicKeyFingerprint(decodeEnrolmentCode(code).publicKeyPem),
      },
    } satisfies HqResult);
    return { bundles: 0 };
  });
}

export function importJob(env: AppEnv, bytes: Uint8Array): JobSpec {
  return hqJob(env, 'hq.import', async (pool, job) => {
    job.progress('saving', 0, 1);
    const keys = await job.chunk(() => hqKeyPair(env.db()!, env.now()));
    const result = await importBundleFile(pool, bytes, keys);
    const meta = await pool.query<{ name: string }>(
      'SELECT name FROM branches WHERE site_id = $1',
      [result.siteId],
    );
    job.keep({
      what: 'import',
      import: {
        siteId: result.siteId,
        siteName: meta.rows[0]?.name ?? '',
        firstSeq: result.firstSeq,
        lastSeq: result.lastSeq,
        stored: result.stored,
        alreadyStored: result.alreadyStored,
      },
    } satisfies HqResult);
    job.progress('saving', 1, 1);
    return { bundles: result.stored };
  });
}

export interface ExportParams {
  period: ReportPeriod;
  format: 'xlsx' | 'csv';
  language: Language;
  folder: string;
  fileName: string;
}

function writeOnce(path: string, content: Buffer): void {
  try {
    writeFileSync(path, content, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== 'EEXIST') rmSync(path, { force: true });
    throw new AppError('CONFLICT', `The file could not be written (${code ?? 'unknown'}).`, {
      reason: code === 'EEXIST' ? 'exports.fileExists' : 'exports.writeFailed',
    });
  }
}

/** The cross-branch report as a file: the branch's sheets of the chain, then one per branch. */
export function exportJob(env: AppEnv, p: ExportParams): JobSpec {
  return hqJob(env, 'hq.export', async (pool, job) => {
    job.progress('reading', 0, 1);
    const view = await readCrossReport(pool, p.period, env.now());
    const sheets = hqReportSheets(view, p.language);
    job.progress('writing', 0, 1);
    const content = p.format === 'xlsx' ? await workbookBytes(sheets) : csvBytes(sheets);
    job.pastNoReturn();
    writeOnce(join(p.folder, p.fileName), content);
    job.progress('writing', 1, 1);
    return { fileName: p.fileName };
  });
}
