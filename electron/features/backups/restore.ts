import { copyFileSync, chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultStatus } from '../../../shared/contract/views';
import { appendAudit } from '../../audit/chain';
import type { AppEnv, VaultContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { keyCheck, vaultPaths, writeVaultFile } from '../../vault/vaultFile';
import { getStaff, type StaffRow } from '../staff';
import { writeBackupConfig } from './backupConfig';
import { sha256File } from './backupFiles';
import { keyFromRecovery, refuseNewer } from './backupKey';
import { resolveBackup, type ResolvedBackup } from './backupSource';
import { BackupRefusal, verifyCopy, type VerifiedCopy } from './backupVerify';
import { insertRun } from './history';

/**
 * With no open vault (a new PC, a damaged vault) the recovery key is the credential.
 * While one is open, replacing it also needs a signed-in admin at this window.
 */
export function adminIfOpen(env: AppEnv, clientId: string): StaffRow | null {
  const db = env.db();
  if (!db) return null;
  const session = env.sessions.get(clientId);
  const staff = session ? getStaff(db, session.staffId) : undefined;
  if (!session || !staff || staff.active !== 1)
    throw new AppError('UNAUTHENTICATED', 'Sign in first.', { reason: 'auth.noSession' });
  if (session.locked)
    throw new AppError('LOCKED', 'The screen is locked.', { reason: 'auth.screenLocked' });
  if (staff.role !== 'admin')
    throw new AppError('FORBIDDEN', 'Only an admin restores a backup.', { reason: 'auth.role' });
  return staff;
}

interface Opened {
  backup: ResolvedBackup;
  key: Buffer;
  copy: VerifiedCopy;
}

/** Recovery key, version, checksum and the copy's own checks, before anything changes. */
function openBackup(ctx: VaultContext, backupId: string, recoveryKey: string): Opened {
  const backup = resolveBackup(ctx.env, ctx.clientId, backupId);
  const key = keyFromRecovery(backup.manifest, recoveryKey);
  refuseNewer(backup.manifest, ctx.env.appVersion);
  try {
    if (sha256File(backup.file) !== backup.manifest.sha256)
      throw new BackupRefusal('backups.verifyFailed');
    const copy = verifyCopy(backup.file, key.toString('hex'), backup.manifest.schemaVersion);
    return { backup, key, copy };
  } catch (err) {
    if (!(err instanceof BackupRefusal)) throw err;
    throw new AppError('CONFLICT', 'The backup is damaged; it cannot be used.', {
      reason: err.reason,
    });
  }
}

const VAULT_FILES = (dataDir: string) => {
  const { dbFile, vaultFile } = vaultPaths(dataDir);
  return [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, vaultFile];
};

/** The current vault's files go to pre-restore/<time>/, untouched, to bring back if needed. */
function setAside(dataDir: string, now: number): string {
  const dir = join(dataDir, 'pre-restore', new Date(now).toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const f of VAULT_FILES(dataDir))
    if (existsSync(f)) renameSync(f, join(dir, f.split(/[\\/]/).pop()!));
  return dir;
}

function putBack(dataDir: string, aside: string): void {
  for (const f of VAULT_FILES(dataDir)) {
    rmSync(f, { force: true });
    const kept = join(aside, f.split(/[\\/]/).pop()!);
    if (existsSync(kept)) renameSync(kept, f);
  }
}

function bringIn(env: AppEnv, o: Opened, now: number): void {
  const { dbFile } = vaultPaths(env.dataDir);
  const tmp = `${dbFile}.restore.tmp`;
  copyFileSync(o.backup.file, tmp);
  chmodSync(tmp, 0o600);
  renameSync(tmp, dbFile);
  const m = o.backup.manifest;
  if (keyCheck(o.key) !== m.keyCheck) throw new Error('key check changed');
  writeVaultFile(env.dataDir, {
    format: 1,
    createdAt: now,
    keyCheck: m.keyCheck,
    // Sealed again for this PC (a new PC's safeStorage), wrapped as before for recovery.
    sealed: { provider: env.keyProvider.id, data: env.keyProvider.seal(o.key) },
    recovery: m.recovery,
  });
}

function auditBefore(env: AppEnv, staff: StaffRow | null, o: Opened, now: number): void {
  const db = env.db();
  if (!db) return;
  db.transaction(() =>
    appendAudit(db, {
      at: now,
      actorId: staff?.id ?? null,
      actorName: staff?.display_name ?? null,
      action: 'vault.restore',
      targetType: 'backup',
      targetId: o.backup.manifest.fileName,
      outcome: 'ok',
      detail: { step: 'replaced', backupAt: o.backup.manifest.at },
    }),
  ).immediate();
}

function recordAfter(env: AppEnv, staff: StaffRow | null, o: Opened, aside: string, now: number) {
  const db = env.db()!;
  const m = o.backup.manifest;
  db.transaction(() => {
    writeBackupConfig(db, { restoredAt: now });
    insertRun(db, {
      id: env.ids(),
      at: now,
      kind: 'restore',
      trigger: m.trigger,
      target: null,
      fileName: m.fileName,
      size: m.size,
      sha256: m.sha256,
      outcome: 'ok',
      reason: null,
      staffId: staff?.id ?? null,
      byName: staff?.display_name ?? null,
    });
    appendAudit(db, {
      at: now,
      actorId: staff?.id ?? null,
      actorName: staff?.display_name ?? null,
      action: 'vault.restore',
      targetType: 'backup',
      targetId: m.fileName,
      outcome: 'ok',
      detail: { backupAt: m.at, preRestore: aside.split(/[\\/]/).slice(-2).join('/') },
    });
  }).immediate();
}

/** Checks everything, keeps the current vault aside, brings the backup in and opens it. */
export function restoreBackup(
  ctx: VaultContext,
  backupId: string,
  recoveryKey: string,
): VaultStatus {
  const { env, now } = ctx;
  const staff = adminIfOpen(env, ctx.clientId);
  const opened = openBackup(ctx, backupId, recoveryKey);
  auditBefore(env, staff, opened, now);
  const previousKey = env.readAccess()?.keyHex ?? null;
  env.closeVault();
  for (const s of env.sessions.all()) env.sessions.end(s.clientId);
  const aside = setAside(env.dataDir, now);
  try {
    bringIn(env, opened, now);
    env.openVault(opened.key.toString('hex'));
  } catch (err) {
    env.closeVault();
    putBack(env.dataDir, aside);
    if (previousKey) env.openVault(previousKey);
    env.log.error('restore failed; the previous vault is back', { error: (err as Error).name });
    throw new AppError('CONFLICT', 'The restore did not complete; the previous vault is back.', {
      reason: 'backups.restoreFailed',
    });
  }
  recordAfter(env, staff, opened, aside, now);
  return env.vaultStatus();
}
