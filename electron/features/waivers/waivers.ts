import type { WaiverText } from '../../../shared/contract/waiverViews';
import {
  MAX_SIGNATURE_BYTES,
  MIN_SIGNATURE_BYTES,
  SIGNATURE_TYPE,
} from '../../../shared/domain/waivers';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { notFound, validation } from '../../ipc/errors';
import { requireClient } from '../clients';
import type { Handlers } from '../../ipc/handler';

/** Used until the site writes its own text; signing it stores it as version 0. */
export const DEFAULT_WAIVER: { title: string; body: string } = {
  title: '免责协议及健康声明',
  body: [
    '1. 本人承诺如实申报健康状况，所填信息真实、完整。',
    '2. 本人如患有心脏病、高血压、糖尿病、哮喘、癫痫等疾病，或近期做过手术、怀孕，须在运动前告知工作人员。',
    '3. 本人确认身体状况适合参加健身运动，运动中如感不适，将立即停止并告知工作人员。',
    '4. 本人将遵守场馆各项规定，听从工作人员指导，正确使用器械。',
    '5. 贵重物品请自行保管，遗失或损坏场馆不承担责任。',
    '6. 因隐瞒病史或不遵守场馆规定造成的伤害及后果，由本人自行承担。',
    '7. 本人已阅读并理解以上内容，自愿签署本协议。',
  ].join('\n'),
};

interface TextRow {
  id: string;
  version: number;
  title: string;
  body: string;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/;

export function activeText(db: Db): TextRow | undefined {
  return db.prepare('SELECT id, version, title, body FROM waiver_texts WHERE active = 1').get() as
    TextRow | undefined;
}

function textView(row: TextRow | undefined): WaiverText {
  return row
    ? { version: row.version, title: row.title, body: row.body, builtIn: false }
    : { version: 0, ...DEFAULT_WAIVER, builtIn: true };
}

/** Whether this member lacks a signature of the active text: one indexed lookup. */
export function waiverMissing(db: Db, clientId: string, activeTextId: string | null): boolean {
  if (activeTextId === null) return true;
  return !db
    .prepare('SELECT 1 FROM waivers WHERE client_id = ? AND text_id = ? LIMIT 1')
    .pluck()
    .get(clientId, activeTextId);
}

/** The PNG behind a data URL, or a VALIDATION naming what is wrong with it. */
export function signatureBytes(dataUrl: string): Buffer {
  const field = 'signatureDataUrl';
  const match = DATA_URL.exec(dataUrl);
  if (!match || match[1] !== SIGNATURE_TYPE) throw validation({ [field]: 'type' });
  const bytes = Buffer.from(match[2]!, 'base64');
  if (bytes.length > MAX_SIGNATURE_BYTES) throw validation({ [field]: 'tooLarge' });
  if (bytes.subarray(0, 8).compare(PNG_MAGIC) !== 0) throw validation({ [field]: 'type' });
  if (bytes.length < MIN_SIGNATURE_BYTES) throw validation({ [field]: 'blank' });
  return bytes;
}

/** The active text row, storing the built-in default the first time someone signs it. */
function textToSign(ctx: ServiceContext): TextRow {
  const row = activeText(ctx.db);
  if (row) return row;
  const id = ctx.env.ids();
  ctx.db
    .prepare(
      `INSERT INTO waiver_texts (id, version, title, body, created_by, created_at, active)
       VALUES (?, 0, ?, ?, NULL, ?, 1)`,
    )
    .run(id, DEFAULT_WAIVER.title, DEFAULT_WAIVER.body, ctx.now);
  return { id, version: 0, ...DEFAULT_WAIVER };
}

export const waiverHandlers: Pick<
  Handlers,
  'waivers.text' | 'waivers.setText' | 'waivers.sign' | 'waivers.status' | 'waivers.signature'
> = {
  'waivers.text': (ctx) => textView(activeText(ctx.db)),

  'waivers.setText': (ctx, input) => {
    const last = ctx.db.prepare('SELECT max(version) FROM waiver_texts').pluck().get() as
      number | null;
    const row: TextRow = {
      id: ctx.env.ids(),
      version: (last ?? 0) + 1,
      title: input.title,
      body: input.body,
    };
    ctx.db.prepare('UPDATE waiver_texts SET active = 0 WHERE active = 1').run();
    ctx.db
      .prepare(
        `INSERT INTO waiver_texts (id, version, title, body, created_by, created_at, active)
         VALUES (?, ?, ?, ?, ?, ?, 1)`,
      )
      .run(row.id, row.version, row.title, row.body, ctx.staff!.id, ctx.now);
    ctx.audit.targetType = 'waiverText';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { version: row.version };
    return textView(row);
  },

  'waivers.sign': (ctx, input) => {
    const client = requireClient(ctx, input.clientId);
    const bytes = signatureBytes(input.signatureDataUrl);
    const text = textToSign(ctx);
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        `INSERT INTO waivers (id, client_id, visitor_id, text_id, signer_name, signature,
                              signature_mime, signed_at, taken_by)
         VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, client.id, text.id, input.signerName, bytes, SIGNATURE_TYPE, ctx.now, ctx.staff!.id);
    ctx.audit.detail = { waiverId: id, textVersion: text.version };
    return { id, signedAt: ctx.now, textVersion: text.version };
  },

  'waivers.status': (ctx, input) => {
    requireClient(ctx, input.clientId);
    const last = ctx.db
      .prepare(
        `SELECT w.id, w.signed_at, t.version, t.active FROM waivers w
         JOIN waiver_texts t ON t.id = w.text_id
         WHERE w.client_id = ? ORDER BY w.signed_at DESC, t.version DESC LIMIT 1`,
      )
      .get(input.clientId) as
      { id: string; signed_at: number; version: number; active: number } | undefined;
    const active = activeText(ctx.db);
    return {
      signed: !!last,
      waiverId: last?.id ?? null,
      signedAt: last?.signed_at ?? null,
      textVersion: last?.version ?? null,
      current: !waiverMissing(ctx.db, input.clientId, active?.id ?? null),
    };
  },

  'waivers.signature': (ctx, input) => {
    const row = ctx.db
      .prepare(
        `SELECT w.id, w.client_id, w.signer_name, w.signature, w.signature_mime, w.signed_at,
                t.version
         FROM waivers w JOIN waiver_texts t ON t.id = w.text_id WHERE w.id = ?`,
      )
      .get(input.waiverId) as
      | {
          id: string;
          client_id: string | null;
          signer_name: string;
          signature: Buffer;
          signature_mime: string;
          signed_at: number;
          version: number;
        }
      | undefined;
    if (!row) throw notFound('Waiver');
    ctx.audit.targetType = 'waiver';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { clientId: row.client_id };
    return {
      waiverId: row.id,
      clientId: row.client_id,
      signerName: row.signer_name,
      signedAt: row.signed_at,
      textVersion: row.version,
      dataUrl: `data:${row.signature_mime};base64,${row.signature.toString('base64')}`,
    };
  },
};
