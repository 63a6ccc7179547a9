import { createHash } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import { z } from 'zod';
import { BUNDLE_KINDS, canonicalJson, type SignedBundle } from './bundle';

/**
 * The offline way (issue 15): a branch without a line to head office exports its pending
 * bundles as one file sealed to head office's X25519 public key (libsodium's sealed box:
 * only the holder of the private key opens it; the branch needs no key of its own for it,
 * the bundles are signed anyway). Layout, big-endian:
 *   magic "DKBF" | version u8 | site id 16 bytes | first seq u64 | last seq u64 |
 *   key id 8 bytes (sha256 of the recipient public key) | crypto_box_seal(canonical JSON)
 * The header lets head office see whose file it is before opening it; the sealed JSON
 * repeats it, and opening refuses a header that differs from it (a sealed box does not
 * authenticate bytes outside it).
 */
export const OFFLINE_FILE_VERSION = 1;
const MAGIC = Buffer.from('DKBF', 'ascii');
const HEADER_BYTES = 4 + 1 + 16 + 8 + 8 + 8;
const PUBLIC_KEY_PREFIX = 'dkho1_';

export interface HeadOfficeKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export type OfflineFileProblem = 'magic' | 'version' | 'key' | 'damaged' | 'content';

export class OfflineFileError extends Error {
  constructor(
    readonly problem: OfflineFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'OfflineFileError';
  }
}

export async function headOfficeKeyPair(): Promise<HeadOfficeKeyPair> {
  await sodium.ready;
  const { publicKey, privateKey } = sodium.crypto_box_keypair();
  return { publicKey, privateKey };
}

/** The public key as the text head office hands branch admins to paste. */
export function encodeHeadOfficePublicKey(publicKey: Uint8Array): string {
  return PUBLIC_KEY_PREFIX + Buffer.from(publicKey).toString('base64url');
}

export function decodeHeadOfficePublicKey(text: string): Uint8Array {
  const trimmed = text.trim();
  const raw = trimmed.startsWith(PUBLIC_KEY_PREFIX)
    ? Buffer.from(trimmed.slice(PUBLIC_KEY_PREFIX.length), 'base64url')
    : Buffer.alloc(0);
  if (raw.length !== 32) {
    throw new OfflineFileError('key', 'This is not a head-office public key.');
  }
  return new Uint8Array(raw);
}

function keyId(publicKey: Uint8Array): Buffer {
  return createHash('sha256').update(publicKey).digest().subarray(0, 8);
}

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) =>
  b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

interface Header {
  version: number;
  siteId: string;
  firstSeq: number;
  lastSeq: number;
  keyId: Buffer;
}

function writeHeader(h: Header): Buffer {
  const out = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(out, 0);
  out.writeUInt8(h.version, 4);
  uuidBytes(h.siteId).copy(out, 5);
  out.writeBigUInt64BE(BigInt(h.firstSeq), 21);
  out.writeBigUInt64BE(BigInt(h.lastSeq), 29);
  h.keyId.copy(out, 37);
  return out;
}

function readHeader(bytes: Buffer): Header {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, 4).equals(MAGIC)) {
    throw new OfflineFileError('magic', 'This is not a Deskbook bundle file.');
  }
  const version = bytes.readUInt8(4);
  if (version !== OFFLINE_FILE_VERSION) {
    throw new OfflineFileError('version', `Bundle file version ${version} is not known here.`);
  }
  return {
    version,
    siteId: uuidText(bytes.subarray(5, 21)),
    firstSeq: Number(bytes.readBigUInt64BE(21)),
    lastSeq: Number(bytes.readBigUInt64BE(29)),
    keyId: Buffer.from(bytes.subarray(37, 45)),
  };
}

const signedSchema = z.object({
  bundle: z.object({
    siteId: z.uuid(),
    seq: z.number().int().min(1),
    kind: z.enum(BUNDLE_KINDS),
    createdAt: z.number().int(),
    businessDate: z.string().nullable(),
    body: z.record(z.string(), z.unknown()),
  }),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().min(1),
});

const contentSchema = z.object({
  version: z.literal(OFFLINE_FILE_VERSION),
  siteId: z.uuid(),
  firstSeq: z.number().int().min(1),
  lastSeq: z.number().int().min(1),
  bundles: z.array(signedSchema).min(1),
});

/** The branch's side: its pending bundles (one site, any order) sealed to head office. */
export async function sealBundleFile(
  signed: readonly SignedBundle[],
  headOfficePublicKey: Uint8Array,
): Promise<Uint8Array> {
  await sodium.ready;
  const bundles = [...signed].sort((a, b) => a.bundle.seq - b.bundle.seq);
  const siteId = bundles[0]?.bundle.siteId;
  if (!siteId) throw new Error('no bundles to export');
  if (bundles.some((b) => b.bundle.siteId !== siteId)) {
    throw new Error('a bundle file holds one branch only');
  }
  const header: Header = {
    version: OFFLINE_FILE_VERSION,
    siteId,
    firstSeq: bundles[0]!.bundle.seq,
    lastSeq: bundles[bundles.length - 1]!.bundle.seq,
    keyId: keyId(headOfficePublicKey),
  };
  const content = canonicalJson({
    version: header.version,
    siteId,
    firstSeq: header.firstSeq,
    lastSeq: header.lastSeq,
    bundles,
  });
  const sealed = sodium.crypto_box_seal(Buffer.from(content, 'utf8'), headOfficePublicKey);
  return new Uint8Array(Buffer.concat([writeHeader(header), sealed]));
}

export interface OpenedBundleFile {
  siteId: string;
  bundles: SignedBundle[];
}

function decrypt(sealed: Buffer, keyPair: HeadOfficeKeyPair): string {
  try {
    const plain = sodium.crypto_box_seal_open(sealed, keyPair.publicKey, keyPair.privateKey);
    return Buffer.from(plain).toString('utf8');
  } catch {
    throw new OfflineFileError('damaged', 'The bundle file is damaged.');
  }
}

/** Head office's side: refuses another office's file, a damaged one and an unknown version. */
export async function openBundleFile(
  bytes: Uint8Array,
  keyPair: HeadOfficeKeyPair,
): Promise<OpenedBundleFile> {
  await sodium.ready;
  const file = Buffer.from(bytes);
  const header = readHeader(file);
  if (!header.keyId.equals(keyId(keyPair.publicKey))) {
    throw new OfflineFileError('key', 'This bundle file was sealed for another head office.');
  }
  const text = decrypt(file.subarray(HEADER_BYTES), keyPair);
  let parsed;
  try {
    parsed = contentSchema.safeParse(JSON.parse(text));
  } catch {
    throw new OfflineFileError('content', 'The bundle file holds no readable bundles.');
  }
  if (!parsed.success) {
    throw new OfflineFileError('content', 'The bundle file holds no readable bundles.');
  }
  const c = parsed.data;
  if (
    c.siteId !== header.siteId ||
    c.firstSeq !== header.firstSeq ||
    c.lastSeq !== header.lastSeq
  ) {
    throw new OfflineFileError('damaged', 'The bundle file header does not match its content.');
  }
  return { siteId: c.siteId, bundles: c.bundles as SignedBundle[] };
}
