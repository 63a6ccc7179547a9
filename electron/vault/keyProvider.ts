import { unwrapSecret, wrapSecret, type KdfParams, type Wrapped } from './wrap';

/**
 * Seals the vault key for everyday unlocking on this PC. Electron's safeStorage in the
 * app; a passphrase in tests and wherever a site wants a passphrase at every start.
 */
export interface KeyProvider {
  readonly id: string;
  seal(secret: Buffer): string;
  /** Throws when this provider cannot open what it is given (other PC, other user). */
  unseal(sealed: string): Buffer;
}

export class PassphraseKeyProvider implements KeyProvider {
  readonly id = 'passphrase';

  constructor(
    private readonly passphrase: string,
    private readonly kdf: KdfParams = { N: 2 ** 15, r: 8, p: 1 },
  ) {}

  seal(secret: Buffer): string {
    return JSON.stringify(wrapSecret(secret, this.passphrase, this.kdf));
  }

  unseal(sealed: string): Buffer {
    return unwrapSecret(JSON.parse(sealed) as Wrapped, this.passphrase);
  }
}
