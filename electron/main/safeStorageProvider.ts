import type { SafeStorage } from 'electron';
import type { KeyProvider } from '../vault/keyProvider';

/**
 * Seals the vault key with the OS keychain (DPAPI, Keychain, libsecret/kwallet). It binds
 * the key to this OS login, not to a staff member: staff are kept apart by PINs and roles.
 */
export class SafeStorageKeyProvider implements KeyProvider {
  readonly id = 'safeStorage';

  constructor(
    private readonly safeStorage: SafeStorage,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  private assertStrong(): void {
    if (!this.safeStorage.isEncryptionAvailable())
      throw new Error('OS encryption is not available');
    // On Linux without a keyring Electron falls back to a hard-coded password: no protection.
    if (
      this.platform === 'linux' &&
      this.safeStorage.getSelectedStorageBackend() === 'basic_text'
    ) {
      throw new Error('No OS keyring: refusing the plaintext basic_text backend');
    }
  }

  seal(secret: Buffer): string {
    this.assertStrong();
    return this.safeStorage.encryptString(secret.toString('hex')).toString('base64');
  }

  unseal(sealed: string): Buffer {
    this.assertStrong();
    return Buffer.from(this.safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'hex');
  }
}
