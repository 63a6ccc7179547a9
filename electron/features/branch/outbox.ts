import type { Bundle, BundleKind, SignedBundle } from '../../headOffice/bundle';
import { canonicalJson, signBundle } from '../../headOffice/bundle';
import type { Db } from '../../db/types';
import type { IdSource } from '../../db/ids';
import { ensureIdentity } from './identity';

export interface NewBundle {
  kind: BundleKind;
  businessDate: string | null;
  body: Record<string, unknown>;
}

/**
 * Adds one signed bundle, numbered max+1 in the caller's transaction (the event it
 * describes and its bundle commit together or not at all, and the writer is single, so
 * the numbers have no gaps).
 */
export function appendBundle(db: Db, now: number, ids: IdSource, b: NewBundle): number {
  const identity = ensureIdentity(db, now, ids);
  const seq = db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM outbox').pluck().get() as number;
  const signed = signBundle(
    {
      siteId: identity.siteId,
      seq,
      kind: b.kind,
      createdAt: now,
      businessDate: b.businessDate,
      body: b.body,
    },
    identity.privateKeyPem,
  );
  db.prepare(
    `INSERT INTO outbox (seq, kind, business_date, created_at, body_json, hash, signature)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    seq,
    b.kind,
    b.businessDate,
    now,
    canonicalJson(signed.bundle),
    signed.hash,
    signed.signature,
  );
  return seq;
}

/** The newest business day that has a bundle of this kind. */
export function lastBundleDay(db: Db, kind: BundleKind): string | null {
  return (
    (db.prepare('SELECT max(business_date) FROM outbox WHERE kind = ?').pluck().get(kind) as
      string | null) ?? null
  );
}

export interface OutboxStatus {
  nextSeq: number;
  pending: number;
  lastPushedAt: number | null;
  byKind: Record<BundleKind, number>;
}

export function outboxStatus(db: Db): OutboxStatus {
  const nextSeq = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 FROM outbox')
    .pluck()
    .get() as number;
  const pending = db
    .prepare(
      'SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM outbox_pushed p WHERE p.seq = o.seq)',
    )
    .pluck()
    .get() as number;
  const lastPushedAt = db.prepare('SELECT max(pushed_at) FROM outbox_pushed').pluck().get() as
    number | null;
  const byKind: Record<BundleKind, number> = {
    handover: 0,
    dayFigures: 0,
    complaint: 0,
    incident: 0,
    auditHead: 0,
    backupStatus: 0,
  };
  const rows = db.prepare('SELECT kind, count(*) AS n FROM outbox GROUP BY kind').all() as {
    kind: BundleKind;
    n: number;
  }[];
  for (const r of rows) byKind[r.kind] = r.n;
  return { nextSeq, pending, lastPushedAt, byKind };
}

/** Whether the admin let client names and phones travel to head office (default: no). */
export function sharesPersonalData(db: Db): boolean {
  const value = db
    .prepare("SELECT value FROM settings WHERE key = 'headOffice.sharePersonalData'")
    .pluck()
    .get() as string | undefined;
  return value === 'true';
}

/** The bundles not pushed yet, in seq order, as signed (for the pusher and the offline file). */
export function pendingBundles(db: Db, limit = 1000): SignedBundle[] {
  const rows = db
    .prepare(
      `SELECT body_json, hash, signature FROM outbox o
       WHERE NOT EXISTS (SELECT 1 FROM outbox_pushed p WHERE p.seq = o.seq)
       ORDER BY seq LIMIT ?`,
    )
    .all(limit) as { body_json: string; hash: string; signature: string }[];
  return rows.map((r) => ({
    bundle: JSON.parse(r.body_json) as Bundle,
    hash: r.hash,
    signature: r.signature,
  }));
}

/** Head office holds these now (stored or already there); a second mark keeps the first. */
export function markPushed(db: Db, seqs: readonly number[], via: 'pg' | 'file', now: number) {
  const mark = db.prepare(
    'INSERT INTO outbox_pushed (seq, pushed_at, via) VALUES (?, ?, ?) ON CONFLICT (seq) DO NOTHING',
  );
  for (const seq of seqs) mark.run(seq, now, via);
}
