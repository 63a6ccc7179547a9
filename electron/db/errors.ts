import type { VaultProblem } from '../../shared/contract/views';

/** A vault that cannot be opened; `problem` is shown to the person, never the key. */
export class VaultError extends Error {
  constructor(
    readonly problem: VaultProblem,
    message: string,
  ) {
    super(message);
    this.name = 'VaultError';
  }
}
