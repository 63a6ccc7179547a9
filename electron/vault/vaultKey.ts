import { randomBytes, randomInt } from 'node:crypto';
import {
  normalizeRecoveryKey,
  RECOVERY_ALPHABET,
  RECOVERY_KEY_CHARS,
  groupRecoveryKey,
} from '../../shared/domain/recoveryKey';
import { VaultError } from '../db/errors';
import type { KeyProvider } from './keyProvider';
import { keyCheck, readVaultFile, writeVaultFile, type VaultFile } from './vaultFile';
import { unwrapSecret, wrapSecret, type KdfParams } from './wrap';

export const RECOVERY_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

function newRecoveryKey(): string {
  let key = '';
  for (let i = 0; i < RECOVERY_KEY_CHARS; i += 1) key += RECOVERY_ALPHABET[randomInt(32)];
  return groupRecoveryKey(key);
}

export interface NewVaultKey {
  keyHex: string;
  recoveryKey: string;
  file: VaultFile;
}

/** A fresh random 256-bit key, sealed for this PC and wrapped by a new recovery key. */
export function createVaultKey(
  provider: KeyProvider,
  now: number,
  kdf = RECOVERY_KDF,
): NewVaultKey {
  const key = randomBytes(32);
  const recoveryKey = newRecoveryKey();
  const file: VaultFile = {
    format: 1,
    createdAt: now,
    keyCheck: keyCheck(key),
    sealed: { provider: provider.id, data: provider.seal(key) },
    recovery: wrapSecret(key, normalizeRecoveryKey(recoveryKey), kdf),
  };
  return { keyHex: key.toString('hex'), recoveryKey, file };
}

function checked(key: Buffer, file: VaultFile): string {
  if (key.length !== 32 || keyCheck(key) !== file.keyCheck) {
    throw new VaultError('WRONG_KEY', 'The unsealed key does not belong to this vault.');
  }
  return key.toString('hex');
}

/** The everyday path: the provider opens the sealed key. */
export function unsealVaultKey(dir: string, provider: KeyProvider): string {
  const file = readVaultFile(dir);
  let key: Buffer;
  try {
    if (file.sealed.provider !== provider.id) throw new Error('other provider');
    key = provider.unseal(file.sealed.data);
  } catch {
    throw new VaultError('KEY_UNAVAILABLE', 'This PC cannot unseal the vault key.');
  }
  return checked(key, file);
}

/** Opens the key with the recovery key and seals it again for this PC. */
export function recoverVaultKey(dir: string, recoveryKey: string, provider: KeyProvider): string {
  const file = readVaultFile(dir);
  let key: Buffer;
  try {
    key = unwrapSecret(file.recovery, normalizeRecoveryKey(recoveryKey));
  } catch {
    throw new VaultError('WRONG_KEY', 'The recovery key does not open this vault.');
  }
  const keyHex = checked(key, file);
  writeVaultFile(dir, { ...file, sealed: { provider: provider.id, data: provider.seal(key) } });
  return keyHex;
}
