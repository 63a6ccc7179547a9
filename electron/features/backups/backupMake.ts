import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { BackupTarget, BackupTrigger } from '../../../shared/contract/backupViews';
import type { JobPhase } from '../../../shared/contract/jobViews';
import type { Db } from '../../db/types';
import type { Wrapped } from '../../vault/wrap';
import {
  backupName,
  removeTemps,
  sha256File,
  tempOf,
  writeManifest,
  type BackupManifest,
} from './backupFiles';
import { BackupRefusal, verifyCopy } from './backupVerify';

/** Plain data for the jobs worker (or the open before a migration): where and what to write. */
export interface BackupParams {
  at: number;
  trigger: BackupTrigger;
  site: string;
  appVersion: string;
  schemaVersion: number;
  localDir: string;
  externalDir: string | null;
  keyCheck: string;
  recovery: Wrapped;
}

export interface TargetOutcome {
  target: BackupTarget;
  outcome: 'ok' | 'failed' | 'missing';
  reason: string | null;
  fileName: string;
  size: number | null;
  sha256: string | null;
}

export interface BackupKey {
  keyHex: string;
  nativeBinding?: string;
}

/** Test seam: runs on the temp copy before it is verified (a test damages it there). */
export interface BackupHooks {
  beforeVerify?(tempFile: string): void;
}

type Progress = (phase: JobPhase, done: number, total: number) => void;

function emptyPrivateFile(file: string): void {
  // VACUUM INTO accepts an empty file; made first so the copy is 0600 from its first byte.
  closeSync(openSync(file, 'wx', 0o600));
}

function reasonOf(err: unknown): string {
  if (err instanceof BackupRefusal) return err.reason;
  const code = (err as { code?: string }).code ?? '';
  return code === 'ENOSPC' ? 'backups.diskFull' : 'backups.writeFailed';
}

/** Verifies the temp copy, then names it: the manifest last, so only a verified file counts. */
function finish(
  dir: string,
  tmp: string,
  p: BackupParams,
  key: BackupKey,
  hooks: BackupHooks,
): BackupManifest {
  hooks.beforeVerify?.(tmp);
  const copy = verifyCopy(tmp, key.keyHex, p.schemaVersion, key.nativeBinding);
  const fileName = backupName(p.at, p.trigger);
  const manifest: BackupManifest = {
    format: 1,
    fileName,
    at: p.at,
    trigger: p.trigger,
    appVersion: p.appVersion,
    schemaVersion: copy.schemaVersion,
    size: statSync(tmp).size,
    sha256: sha256File(tmp),
    site: p.site,
    audit: copy.audit,
    counts: copy.counts,
    keyCheck: p.keyCheck,
    recovery: p.recovery,
  };
  renameSync(tmp, join(dir, fileName));
  writeManifest(dir, manifest);
  return manifest;
}

function attempt(
  target: BackupTarget,
  dir: string,
  p: BackupParams,
  write: (tmp: string) => void,
  key: BackupKey,
  hooks: BackupHooks,
): { outcome: TargetOutcome; manifest: BackupManifest | null } {
  const fileName = backupName(p.at, p.trigger);
  const tmp = tempOf(dir, fileName);
  try {
    removeTemps(dir);
    emptyPrivateFile(tmp);
    write(tmp);
    chmodSync(tmp, 0o600);
    const manifest = finish(dir, tmp, p, key, hooks);
    const { size, sha256 } = manifest;
    return { outcome: { target, outcome: 'ok', reason: null, fileName, size, sha256 }, manifest };
  } catch (err) {
    rmSync(tmp, { force: true });
    const reason = reasonOf(err);
    return {
      outcome: { target, outcome: 'failed', reason, fileName, size: null, sha256: null },
      manifest: null,
    };
  }
}

/**
 * VACUUM INTO the local folder, verify, name it; then the same file to the chosen folder,
 * verified again there. A missing folder (USB drive unplugged) is reported, never created:
 * writing into the mount point would fill the PC's own disk instead.
 */
export function makeBackupFiles(
  db: Db,
  p: BackupParams,
  key: BackupKey,
  progress: Progress = () => {},
  hooks: BackupHooks = {},
): TargetOutcome[] {
  const steps = p.externalDir ? 3 : 2;
  mkdirSync(p.localDir, { recursive: true, mode: 0o700 });
  progress('copying', 0, steps);
  const vacuum = (tmp: string) => db.prepare('VACUUM INTO ?').run(tmp);
  const local = attempt(
    'local',
    p.localDir,
    p,
    (tmp) => {
      vacuum(tmp);
      progress('verifying', 1, steps);
    },
    key,
    hooks,
  );
  const outcomes = [local.outcome];
  if (p.externalDir) {
    progress('writing', 2, steps);
    if (!existsSync(p.externalDir)) {
      const fileName = backupName(p.at, p.trigger);
      outcomes.push({
        target: 'external',
        outcome: 'missing',
        reason: 'backups.targetMissing',
        fileName,
        size: null,
        sha256: null,
      });
    } else {
      const source = local.manifest ? join(p.localDir, local.manifest.fileName) : null;
      const write = source ? (tmp: string) => copyFileSync(source, tmp) : vacuum;
      outcomes.push(attempt('external', p.externalDir, p, write, key, hooks).outcome);
    }
  }
  progress('finished', steps, steps);
  return outcomes;
}
