import { createHmac } from 'node:crypto';
import type { RawData } from 'ws';
import { z } from 'zod';
import { ERROR_CODES, eventNames, type EventName, type Result } from '../../shared/contract';
import { STATION_KINDS } from '../../shared/contract/stationViews';

/**
 * The LAN wire protocol between a station PC (DeskLink) and the vault PC (LanServer). Every
 * message is one JSON WebSocket message (ws does the framing), parsed with zod on receipt; a
 * message that does not parse closes the socket with CLOSE_MALFORMED.
 */

export const PAIR_PATH = '/pair';
export const STATION_PATH = '/station';
export const CLOSE_MALFORMED = 4400;
export const CLOSE_REVOKED = 4403;
/** A newer connection of the same station took over (the old one was half-open). */
export const CLOSE_REPLACED = 4409;

/** A window of the station PC (its webContents id, or a harness client id "harness:…"). */
const windowField = z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/);
const eventSet = new Set<string>(eventNames);

const errorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  reason: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
  retryAfterMs: z.number().optional(),
});

const resultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error: errorSchema }),
]);

const stationSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string(),
  kind: z.enum(STATION_KINDS),
});

/** Station → vault on /pair. */
export const pairRequestSchema = z.strictObject({ t: z.literal('pair'), code: z.string().max(32) });

export const PAIR_REFUSALS = [
  'pairing.none',
  'pairing.expired',
  'pairing.wrongCode',
  'pairing.tooManyTries',
] as const;

/** Vault → station on /pair. */
export const pairAnswerSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('paired'),
    station: stationSchema,
    proof: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({ t: z.literal('refused'), reason: z.enum(PAIR_REFUSALS) }),
]);

/** Station → vault on /station. The channel is checked by Core's router (NOT_FOUND). */
export const deskMessageSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('call'),
    id: z.uuid(),
    window: windowField,
    channel: z.string().min(1).max(100),
    // JSON drops an undefined input, as channels without input send.
    input: z.unknown().optional(),
  }),
  z.object({ t: z.literal('end'), window: windowField }),
  z.object({ t: z.literal('lock') }),
  // First on every line: the id of this run of the station's main (its windows' prefix).
  z.object({ t: z.literal('hello'), boot: z.string().regex(/^[a-f0-9]{12}$/) }),
]);

/** Vault → station on /station. */
export const vaultMessageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('result'), id: z.uuid(), result: resultSchema }),
  z.object({
    t: z.literal('event'),
    window: windowField,
    event: z.string().refine((e) => eventSet.has(e)),
    payload: z.unknown().optional(),
  }),
  z.object({ t: z.literal('revoked') }),
]);

export type PairRequest = z.infer<typeof pairRequestSchema>;
export type PairAnswer = z.infer<typeof pairAnswerSchema>;
export type DeskMessage = z.infer<typeof deskMessageSchema>;
export type VaultMessage =
  | { t: 'result'; id: string; result: Result<unknown> }
  | { t: 'event'; window: string; event: EventName; payload: unknown }
  | { t: 'revoked' };

type Message = PairRequest | PairAnswer | DeskMessage | VaultMessage;

export function encode(message: Message): string {
  return JSON.stringify(message);
}

/** The message, or null when it is not JSON or not of this schema (the caller closes 4400). */
export function parse<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> | null {
  if (typeof raw !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseVaultMessage(raw: unknown): VaultMessage | null {
  return parse(vaultMessageSchema, raw) as VaultMessage | null;
}

/**
 * Proves to the station that the vault PC it reached knows the code: only the vault PC that
 * made the code can bind it to the certificate the station saw in its handshake.
 */
export function pairingProof(code: string, serverFp256: string, clientFp256: string): string {
  return createHmac('sha256', code).update(`${serverFp256}|${clientFp256}`).digest('hex');
}

/** A text message's string, whichever of ws's shapes it came in. */
export function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
