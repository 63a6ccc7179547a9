import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { StationKind } from '../../../shared/contract/stationViews';
import type { PairOutcome } from '../../lan/authority';

export const PAIRING_TTL_MS = 10 * 60_000;
export const PAIRING_MAX_TRIES = 5;

/** Who may pair with the code: the name and kind the admin chose, and that admin. */
export interface PairingGrant {
  name: string;
  kind: StationKind;
  byId: string;
  byName: string;
}

interface Pending extends PairingGrant {
  hash: Buffer;
  expiresAt: number;
  wrongTries: number;
}

type Check = { ok: true; grant: PairingGrant } | Extract<PairOutcome, { ok: false }>;

function hashOf(code: string): Buffer {
  return createHash('sha256').update(code, 'utf8').digest();
}

/**
 * The one pairing code of this vault PC, in memory only (a restart forgets it): eight random
 * digits, kept as a hash, valid ten minutes, used once, ended by the fifth wrong try.
 */
export class PairingCodes {
  private pending: Pending | null = null;

  start(grant: PairingGrant, now: number): { code: string; expiresAt: number } {
    const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
    const expiresAt = now + PAIRING_TTL_MS;
    this.pending = { ...grant, hash: hashOf(code), expiresAt, wrongTries: 0 };
    return { code, expiresAt };
  }

  cancel(): boolean {
    const had = this.pending !== null;
    this.pending = null;
    return had;
  }

  /** `onlyKind`: the right code made for another kind is refused, not used up nor counted. */
  check(code: string, now: number, onlyKind?: StationKind): Check {
    const p = this.pending;
    if (!p) return { ok: false, reason: 'pairing.none' };
    if (p.wrongTries >= PAIRING_MAX_TRIES) return { ok: false, reason: 'pairing.tooManyTries' };
    if (now > p.expiresAt) return { ok: false, reason: 'pairing.expired' };
    if (!timingSafeEqual(hashOf(code.replace(/[\s-]/g, '')), p.hash)) {
      p.wrongTries += 1;
      return { ok: false, reason: 'pairing.wrongCode' };
    }
    if (onlyKind && p.kind !== onlyKind) return { ok: false, reason: 'pairing.kind' };
    this.pending = null;
    return { ok: true, grant: { name: p.name, kind: p.kind, byId: p.byId, byName: p.byName } };
  }
}
