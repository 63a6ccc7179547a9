import { rmSync } from 'node:fs';
import { minPinLength } from '../../../shared/domain/pin';
import { appendAudit } from '../../audit/chain';
import { VaultError } from '../../db/errors';
import { makePrivateDir } from '../../db/fileModes';
import { writeSettings } from '../settings';
import { MODULES, PROFILE_MODULES } from '../../../shared/domain/modules';
import { insertStaff } from '../staff';
import { AppError, validation } from '../../ipc/errors';
import { createVaultKey, recoverVaultKey } from '../../vault/vaultKey';
import { vaultPaths, writeVaultFile } from '../../vault/vaultFile';
import type { VaultHandlers } from '../../ipc/handler';
import { hashPin } from '../auth';

function removeDbFiles(dataDir: string): void {
  const { dbFile } = vaultPaths(dataDir);
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
}

/** Restore's vault channels live in features/backups. */
type OwnChannels = 'vault.status' | 'vault.setup' | 'vault.recover';

export const vaultHandlers: Pick<VaultHandlers, OwnChannels> = {
  'vault.status': ({ env }) => env.vaultStatus(),

  'vault.setup': ({ env, now }, input) => {
    if (env.vaultStatus().state !== 'absent') {
      throw new AppError('CONFLICT', 'A vault already exists here.', { reason: 'vault.exists' });
    }
    if (input.admin.pin.length < minPinLength('admin')) {
      throw validation(
        { 'admin.pin': `at least ${minPinLength('admin')} characters` },
        'pin.tooShort',
      );
    }
    const { keyHex, recoveryKey, file } = createVaultKey(env.keyProvider, now, env.recoveryKdf);
    // Core makes its folder itself: the harness and a LAN host run it without Electron's main.
    makePrivateDir(env.dataDir);
    try {
      const db = env.openVault(keyHex, { create: true });
      db.transaction(() => {
        writeSettings(db, {
          siteName: input.siteName,
          defaultLanguage: input.language,
          // No choice made: every module, as the desk was before profiles.
          ...(input.siteProfile
            ? { siteProfile: input.siteProfile, modules: [...PROFILE_MODULES[input.siteProfile]] }
            : { siteProfile: 'gym', modules: [...MODULES] }),
        });
        const admin = insertStaff(db, {
          id: env.ids(),
          username: input.admin.username,
          displayName: input.admin.displayName,
          role: 'admin',
          pinHash: hashPin(input.admin.pin, env.pinKdf),
          mustChangePin: false,
          language: input.language,
          now,
        });
        const actor = {
          at: now,
          actorId: admin.id,
          actorName: admin.display_name,
          outcome: 'ok' as const,
        };
        appendAudit(db, { ...actor, action: 'vault.setup' });
        appendAudit(db, {
          ...actor,
          action: 'staff.create',
          targetType: 'staff',
          targetId: admin.id,
          detail: { role: 'admin' },
        });
      })();
      writeVaultFile(env.dataDir, file);
    } catch (err) {
      env.closeVault();
      removeDbFiles(env.dataDir);
      throw err;
    }
    return { recoveryKey };
  },

  'vault.recover': ({ env, now }, input) => {
    const status = env.vaultStatus();
    if (status.state !== 'error' || !status.recoverable) {
      throw new AppError('CONFLICT', 'The vault does not need recovery.', {
        reason: 'vault.notRecoverable',
      });
    }
    let keyHex: string;
    try {
      keyHex = recoverVaultKey(env.dataDir, input.recoveryKey, env.keyProvider);
    } catch (err) {
      if (err instanceof VaultError && err.problem === 'WRONG_KEY') {
        throw new AppError('UNAUTHENTICATED', err.message, {
          reason: 'vault.badRecoveryKey',
          fields: { recoveryKey: 'does not open this vault' },
        });
      }
      throw err;
    }
    const db = env.openVault(keyHex);
    db.transaction(() =>
      appendAudit(db, {
        at: now,
        actorId: null,
        actorName: null,
        action: 'vault.recover',
        outcome: 'ok',
        detail: { provider: env.keyProvider.id },
      }),
    )();
    return env.vaultStatus();
  },
};
