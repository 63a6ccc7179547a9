import type { AppEnv } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import type { JobControl, ReadAccess, ReadRun, ReadTaskControl } from '../../jobs';
import { sha256File } from './backupFiles';
import type { ResolvedBackup } from './backupSource';
import { BackupRefusal, verifyCopy, type VerifiedCopy } from './backupVerify';

/** The jobs worker's task that checks a backup copy without touching the vault. */
export const CHECK_TASK = 'backups.check';

interface CheckParams {
  sha256: string;
  schemaVersion: number;
}

export type CheckOutcome = { ok: true; copy: VerifiedCopy } | { ok: false; reason: string };

/**
 * Runs in the jobs worker: the checksum, then the copy opened with its own key,
 * quick_check and the counts. Seconds on a 470 MB copy, which is why it is not on Core's
 * thread. A refusal is an answer (the drill records it), not a crash.
 */
export function backupCheckTask(
  access: ReadAccess,
  params: unknown,
  ctl: ReadTaskControl,
): Promise<CheckOutcome> {
  const p = params as CheckParams;
  ctl.progress('verifying', 0, 2);
  if (sha256File(access.dbFile) !== p.sha256)
    return Promise.resolve({ ok: false, reason: 'backups.verifyFailed' });
  ctl.progress('verifying', 1, 2);
  try {
    const copy = verifyCopy(access.dbFile, access.keyHex, p.schemaVersion, access.nativeBinding);
    return Promise.resolve({ ok: true, copy });
  } catch (err) {
    if (err instanceof BackupRefusal) return Promise.resolve({ ok: false, reason: err.reason });
    throw err;
  }
}

/** Starts the check on the jobs worker with the backup's own path and key (not the vault's). */
export function startCheck(
  env: AppEnv,
  job: JobControl,
  backup: Pick<ResolvedBackup, 'file' | 'manifest'>,
  key: Buffer,
): ReadRun<CheckOutcome> {
  const { sha256, schemaVersion } = backup.manifest;
  return env.reads.run<CheckOutcome>(
    CHECK_TASK,
    { sha256, schemaVersion } satisfies CheckParams,
    { progress: (phase, done, total) => job.progress(phase, done, total), ready: (go) => go() },
    { dbFile: backup.file, keyHex: key.toString('hex') },
  );
}

export const damaged = (reason: string) =>
  new AppError('CONFLICT', 'The backup is damaged; it cannot be used.', { reason });
