import { timingSafeEqual } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { LanIdentity, PairedStation } from './authority';
import { PAIR_PATH, encode, pairAnswerSchema, pairingProof, parse, rawText } from './protocol';
import { connectTls, openWebSocket, peerCertPem, peerFingerprint } from './secureLine';

export type PairResult =
  | { ok: true; fingerprint256: string; certPem: string; station: PairedStation }
  | {
      ok: false;
      reason:
        | 'pairing.none'
        | 'pairing.expired'
        | 'pairing.wrongCode'
        | 'pairing.tooManyTries'
        | 'pairing.unreachable'
        | 'pairing.proof';
    };

const PAIR_TIMEOUT_MS = 15_000;
const UNREACHABLE: PairResult = { ok: false, reason: 'pairing.unreachable' };

/**
 * Pairs this station with the vault PC at host:port using the admin's one-time code. Nothing
 * is pinned yet, so the answer must prove the vault PC knows the code for the very
 * certificate this station saw in its handshake; a man in the middle without it cannot.
 */
export async function pairStation(a: {
  host: string;
  port: number;
  code: string;
  identity: LanIdentity;
}): Promise<PairResult> {
  const code = a.code.replace(/[\s-]/g, '');
  let socket: TLSSocket;
  try {
    socket = await connectTls({ ...a, ...a.identity }, PAIR_TIMEOUT_MS);
  } catch {
    return UNREACHABLE;
  }
  const serverFp = peerFingerprint(socket);
  const certPem = peerCertPem(socket);
  const answer = await exchange(socket, code);
  if (!answer) return UNREACHABLE;
  if (answer.t === 'refused') return { ok: false, reason: answer.reason };
  const expected = pairingProof(code, serverFp, a.identity.fingerprint256);
  if (!sameHex(answer.proof, expected)) return { ok: false, reason: 'pairing.proof' };
  return { ok: true, fingerprint256: serverFp, certPem, station: answer.station };
}

function exchange(socket: TLSSocket, code: string) {
  return new Promise<ReturnType<typeof parseAnswer>>((resolve) => {
    const ws = openWebSocket(socket, PAIR_PATH);
    const timer = setTimeout(() => finish(null), PAIR_TIMEOUT_MS);
    function finish(answer: ReturnType<typeof parseAnswer>) {
      clearTimeout(timer);
      ws.removeAllListeners();
      ws.on('error', () => {});
      ws.terminate();
      resolve(answer);
    }
    ws.on('open', () => ws.send(encode({ t: 'pair', code })));
    ws.on('message', (data, isBinary) => finish(isBinary ? null : parseAnswer(rawText(data))));
    ws.on('error', () => finish(null));
    ws.on('unexpected-response', () => finish(null));
    ws.on('close', () => finish(null));
  });
}

function parseAnswer(raw: string) {
  return parse(pairAnswerSchema, raw);
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
