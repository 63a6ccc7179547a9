import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import type { ReportView } from '../../shared/contract/reportViews';
import { checkBundle, type Bundle, type SignedBundle } from '../../electron/headOffice/bundle';
import { markPushed, pendingBundles } from '../../electron/features/branch';
import { decodeEnrolmentCode } from '../../electron/headOffice/enrolment';
import type { Db } from '../../electron/db/types';
import { STAFF } from '../helpers/clientFixtures';
import { at, complaintDesk } from '../helpers/complaintFixtures';
import { handoverDesk, signOut, takeOver, receive } from '../helpers/handoverFixtures';
import { seededMonth } from '../helpers/reportFixtures';
import { localTime, shiftAtWork } from '../helpers/shiftFixtures';

interface OutboxRow {
  seq: number;
  kind: string;
  business_date: string | null;
  created_at: number;
  body_json: string;
  hash: string;
  signature: string;
}

function outbox(db: Db): OutboxRow[] {
  return db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];
}

function signedOf(row: OutboxRow): SignedBundle {
  return { bundle: JSON.parse(row.body_json) as Bundle, hash: row.hash, signature: row.signature };
}

function publicKey(db: Db): string {
  return db.prepare('SELECT public_key_pem FROM branch_identity').pluck().get() as string;
}

const PHONE_CASE: Input<'complaints.open'> = {
  channel: 'phone',
  contactName: '李女士',
  callBackPhone: '13900001111',
  category: 'hygiene',
  severity: 'normal',
  summary: '女更衣室淋浴间地漏堵塞，积水两天无人处理',
  clientWants: '今天内修好并回电',
};

/** A morning shift signed over by reception at 15:50 and received by duty at 16:00. */
function handedOver() {
  const v = handoverDesk(localTime(9, 0));
  v.at(localTime(9, 25));
  const early = shiftAtWork(v, 'reception', '早班');
  v.at(localTime(10, 0));
  // A member still inside at the handover: her name is in the handover's open items.
  v.ok('desk.checkIn', { clientId: v.members.female[0]! }, v.as('reception'));
  v.at(localTime(15, 50));
  const signed = signOut(v, early.id, 'reception');
  return { v, signed };
}

describe('branch identity (总部登记)', () => {
  it('is made once, on first need, and kept; its code carries the site id, name and key', () => {
    const v = complaintDesk(at('2026-11-23', 10));
    expect(v.db().prepare('SELECT count(*) FROM branch_identity').pluck().get()).toBe(0);
    const first = v.ok('branch.identity', undefined, 'desk-admin');
    const again = v.ok('branch.identity', undefined, 'desk-admin');
    expect(again).toEqual(first);
    expect(first.siteId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(first.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/);
    expect(first.createdAt).toBe(at('2026-11-23', 10));
    expect(decodeEnrolmentCode(first.enrolmentCode)).toEqual({
      siteId: first.siteId,
      siteName: JSON.parse(
        v.db().prepare("SELECT value FROM settings WHERE key = 'siteName'").pluck().get() as string,
      ) as string,
      publicKeyPem: first.publicKeyPem,
    });
    expect(first.enrolmentCode).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(() => decodeEnrolmentCode('not a code')).toThrow();
    // The private key never leaves main.
    expect(JSON.stringify(first)).not.toMatch(/PRIVATE/);
    expect(v.db().prepare('SELECT count(*) FROM branch_identity').pluck().get()).toBe(1);
    // A bundle made later signs with the same key.
    v.ok('complaints.open', PHONE_CASE, v.as('reception'));
    expect(checkBundle(signedOf(outbox(v.db())[0]!), first.publicKeyPem)).toBeNull();
    expect(v.ok('branch.identity', undefined, 'desk-admin').siteId).toBe(first.siteId);
  });

  it('is for the admin only, and refuses any input', () => {
    const v = complaintDesk(at('2026-11-23', 10));
    for (const who of ['reception', 'supervisor', 'duty'] as const) {
      const r = v.call('branch.identity', undefined, v.as(who));
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(v.call('branch.outbox', undefined, v.as(who))).toMatchObject({ ok: false });
    }
    const bad = v.call('branch.outbox', { seq: 1 } as never, 'desk-admin');
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(v.db().prepare('SELECT count(*) FROM branch_identity').pluck().get()).toBe(0);
  });
});

describe('outbox (发往总部)', () => {
  it('adds one bundle per handover when the incoming side signs: figures, cash, signers, head', () => {
    const { v, signed } = handedOver();
    expect(outbox(v.db())).toEqual([]);
    v.at(localTime(16, 0));
    const late = takeOver(v, signed, 'duty', '晚班');
    expect(late.status).toBe('open');
    const rows = outbox(v.db());
    expect(rows.map((r) => r.kind)).toEqual(['handover']);
    const bundle = signedOf(rows[0]!).bundle;
    const view = v.ok('handover.get', { handoverId: signed.id }, v.as('duty'));
    expect(bundle).toMatchObject({
      seq: 1,
      kind: 'handover',
      businessDate: '2026-11-22',
      createdAt: localTime(16, 0),
      body: {
        handoverId: signed.id,
        status: 'signed',
        figures: JSON.parse(JSON.stringify(view.content.figures)) as object,
        openItems: { tagsOut: 1, complaints: 0 },
        cash: {
          expectedCents: view.content.cash.expectedCents,
          countedCents: view.content.cash.countedCents,
          varianceCents: view.content.cash.varianceCents,
        },
        outgoing: { name: STAFF.reception.displayName, at: localTime(15, 50) },
        incoming: { name: STAFF.duty.displayName, at: localTime(16, 0) },
        auditSeq: view.auditSeq,
        auditHead: view.auditHead,
        auditFingerprint: view.auditFingerprint,
      },
    });
    // The member still inside is counted, never named.
    expect(rows[0]!.body_json).not.toContain('李娜');
    expect(rows[0]!.body_json).not.toContain('13700000001');
    expect(checkBundle(signedOf(rows[0]!), publicKey(v.db()))).toBeNull();
  });

  it('a refused incoming signature (wrong PIN) or a rolled-back call adds nothing', () => {
    const { v, signed } = handedOver();
    v.at(localTime(16, 0));
    const wrong = v.call(
      'handover.receive',
      { handoverId: signed.id, pin: '0000', confirmed: ['figures'], flags: [] },
      v.as('duty'),
    );
    expect(wrong.ok).toBe(false);
    const invalid = v.call('complaints.respond', { complaintId: 'nope', body: 'x' }, v.as('duty'));
    expect(invalid.ok).toBe(false);
    expect(outbox(v.db())).toEqual([]);
    receive(v, signed.id, 'duty', [{ section: 'cash', note: '少了五元' }]);
    const body = signedOf(outbox(v.db())[0]!).bundle.body;
    expect(body).toMatchObject({ status: 'flagged', flaggedSections: ['cash'] });
    expect(outbox(v.db())[0]!.body_json).not.toContain('少了五元');
  });

  it('numbers every kind in one sequence without gaps, each signed by the branch key', () => {
    const { v, signed } = handedOver();
    v.at(localTime(16, 0));
    takeOver(v, signed, 'duty', '晚班');
    const c = v.ok('complaints.open', PHONE_CASE, v.as('duty'));
    v.ok('complaints.respond', { complaintId: c.id, body: '已道歉' }, v.as('duty'));
    const incident = v.ok(
      'incidents.record',
      {
        kind: 'injury',
        clientId: v.members.female[1]!,
        occurredAt: localTime(16, 5),
        place: '器械区',
        whatHappened: '做深蹲时腰部扭伤',
        injury: '腰部扭伤',
        hospitalEscort: false,
        costsCents: 0,
      },
      v.as('duty'),
    );
    v.ok('incidents.update', { incidentId: incident.id, costsCents: 1_200 }, v.as('duty'));
    const rows = outbox(v.db());
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.kind)).toEqual([
      'handover',
      'complaint',
      'complaint',
      'incident',
      'incident',
    ]);
    const key = publicKey(v.db());
    for (const row of rows) {
      const s = signedOf(row);
      expect(s.bundle.seq).toBe(row.seq);
      expect(checkBundle(s, key)).toBeNull();
    }
    const states = rows.slice(1, 3).map((r) => signedOf(r).bundle.body['state']);
    expect(states).toEqual(['open', 'responded']);
    expect(signedOf(rows[4]!).bundle.body).toMatchObject({
      kind: 'injury',
      injured: true,
      costsCents: 1_200,
    });
    expect(rows[3]!.body_json).not.toContain('王芳芳');
    // A changed body no longer matches its hash; another key's signature fails.
    const tampered = signedOf(rows[1]!);
    tampered.bundle.body['severity'] = 'low';
    expect(checkBundle(tampered, key)).toBe('hash');
    expect(v.ok('branch.outbox', undefined, 'desk-admin')).toEqual({
      nextSeq: 6,
      pending: 5,
      lastPushedAt: null,
      byKind: {
        handover: 1,
        complaint: 2,
        incident: 2,
        dayFigures: 0,
        auditHead: 0,
        backupStatus: 0,
      },
    });
  });

  it('is append-only: no bundle is changed or removed, even by SQL', () => {
    const v = complaintDesk(at('2026-11-23', 10));
    v.ok('complaints.open', PHONE_CASE, v.as('reception'));
    const db = v.db();
    expect(() => db.prepare("UPDATE outbox SET body_json = '{}'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM outbox').run()).toThrow(/append-only/);
    v.ok('complaints.open', PHONE_CASE, v.as('reception'));
    expect(pendingBundles(db).map((b) => b.bundle.seq)).toEqual([1, 2]);
    expect(pendingBundles(db)[0]).toEqual(signedOf(outbox(db)[0]!));
    markPushed(db, [1], 'file', 5);
    markPushed(db, [1], 'pg', 9);
    expect(db.prepare('SELECT * FROM outbox_pushed').all()).toEqual([
      { seq: 1, pushed_at: 5, via: 'file' },
    ]);
    expect(pendingBundles(db).map((b) => b.bundle.seq)).toEqual([2]);
    expect(v.ok('branch.outbox', undefined, 'desk-admin')).toMatchObject({
      nextSeq: 3,
      pending: 1,
      lastPushedAt: 5,
    });
  });

  it('keeps complaint names and phones at the branch unless the admin allows them', () => {
    const v = complaintDesk(at('2026-11-23', 10));
    v.ok('complaints.open', PHONE_CASE, v.as('reception'));
    const [plain] = outbox(v.db());
    expect(plain!.body_json).not.toContain('李女士');
    expect(plain!.body_json).not.toContain('13900001111');
    expect(signedOf(plain!).bundle.body).toMatchObject({
      category: 'hygiene',
      severity: 'normal',
      state: 'open',
      level: 0,
      overdue: false,
      satisfaction: null,
    });
    expect(signedOf(plain!).bundle.body).not.toHaveProperty('clientName');
    v.db()
      .prepare("UPDATE settings SET value = 'true' WHERE key = 'headOffice.sharePersonalData'")
      .run();
    v.ok('complaints.open', PHONE_CASE, v.as('reception'));
    const shared = outbox(v.db())[1]!;
    expect(signedOf(shared).bundle.body).toMatchObject({
      contactName: '李女士',
      callBackPhone: '13900001111',
    });
  });

  it('records a follow-up score as the satisfaction of the case', () => {
    const v = complaintDesk(at('2026-11-23', 10));
    const as = v.as('supervisor');
    const c = v.ok('complaints.open', PHONE_CASE, as);
    v.ok('complaints.respond', { complaintId: c.id, body: '已道歉' }, as);
    v.ok('complaints.resolve', { complaintId: c.id, result: '已修好' }, as);
    v.clock.ms = at('2026-11-24', 10);
    v.wake();
    const call = v
      .db()
      .prepare('SELECT id FROM follow_up_calls WHERE complaint_id = ?')
      .pluck()
      .get(c.id) as string;
    v.ok('followUps.record', { callId: call, outcome: 'reached', score: 5 }, as);
    const last = signedOf(outbox(v.db()).at(-1)!).bundle;
    expect(last).toMatchObject({
      kind: 'complaint',
      body: { complaintId: c.id, state: 'closed', satisfaction: 5 },
    });
  });
  it("sends a case moved up the chain by Core's tick, without a person's change", () => {
    const v = complaintDesk(at('2026-11-23', 10));
    const level = { firstResponseMinutes: 60, resolutionMinutes: 240, clock: 'clock' as const };
    v.ok(
      'serviceLevels.setLevel',
      { category: 'hygiene', severity: 'normal', level: { ...level, pausesWhileWaiting: false } },
      v.as('admin'),
    );
    const c = v.ok('complaints.open', PHONE_CASE, v.as('reception'));
    const bundles = () => outbox(v.db()).filter((r) => r.kind === 'complaint');
    expect(bundles()).toHaveLength(1);
    // Nobody answers: by the next morning the timer has moved it up the chain.
    v.clock.ms = at('2026-11-24', 9);
    v.core.tick();
    const reached = v.db().prepare('SELECT level FROM complaints WHERE id = ?').pluck().get(c.id);
    expect(reached).toBeGreaterThan(0);
    const last = bundles().at(-1)!;
    expect(bundles()).toHaveLength(2);
    expect(checkBundle(signedOf(last), publicKey(v.db()))).toBeNull();
    expect(signedOf(last).bundle.body).toMatchObject({
      complaintId: c.id,
      level: reached,
      state: 'open',
      overdue: true,
    });
    expect(last.body_json).not.toContain('13900001111');
    // A later tick with nothing new to move sends nothing more.
    v.clock.ms += 60_000;
    v.core.tick();
    expect(bundles()).toHaveLength(2);
  });
});

describe("the day's bundles from Core's tick", () => {
  async function dayReport(v: ReturnType<typeof seededMonth>, from: string): Promise<ReportView> {
    const { jobId } = v.ok('reports.build', { kind: 'day', from }, v.as('supervisor'));
    expect((await v.core.jobs.whenEnded(jobId)).state).toBe('done');
    return v.ok('reports.result', { jobId }, v.as('supervisor'));
  }

  it("add each closed day's figures (the reports' own), audit head and backup status once", async () => {
    // The first handover received (29 Nov 16:00) made the identity; ticks followed until 2 Dec.
    const v = seededMonth();
    const bundled = () =>
      outbox(v.db())
        .filter((r) => r.kind !== 'handover')
        .map((r) => `${r.business_date} ${r.kind}`);
    // 1 December's last handover still waits for the incoming signature, whose flags are
    // part of the day's figures: the day is not closed until it is received.
    expect(bundled()).toEqual(
      ['2026-11-29', '2026-11-30'].flatMap((d) => [
        `${d} dayFigures`,
        `${d} auditHead`,
        `${d} backupStatus`,
      ]),
    );
    const waiting = v
      .db()
      .prepare(
        `SELECT id FROM handovers h WHERE NOT EXISTS
           (SELECT 1 FROM handover_receipts r WHERE r.handover_id = h.id)`,
      )
      .pluck()
      .get() as string;
    receive(v, waiting, 'duty');
    v.core.tick();
    const rows = outbox(v.db());
    const daily = rows.filter((r) => r.kind !== 'handover');
    expect(daily.map((r) => `${r.business_date} ${r.kind}`)).toEqual(
      ['2026-11-29', '2026-11-30', '2026-12-01'].flatMap((d) => [
        `${d} dayFigures`,
        `${d} auditHead`,
        `${d} backupStatus`,
      ]),
    );
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    // 1 December was bundled at 2 December 10:00, the clock now: the same figures as its report.
    const dec1 = daily.find((r) => r.business_date === '2026-12-01' && r.kind === 'dayFigures')!;
    expect(dec1.created_at).toBe(at('2026-12-02', 10));
    const report = await dayReport(v, '2026-12-01');
    expect(signedOf(dec1).bundle.body['figures']).toEqual(
      JSON.parse(JSON.stringify(report.current)),
    );
    const head = signedOf(
      daily.find((r) => r.business_date === '2026-12-01' && r.kind === 'auditHead')!,
    ).bundle.body as { seq: number; hash: string; fingerprint: string };
    const logged = v.db().prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(head.seq);
    expect(head.hash).toBe(logged);
    expect(head.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(signedOf(daily.find((r) => r.kind === 'backupStatus')!).bundle.body).toHaveProperty(
      'lastOkAt',
    );
    const key = publicKey(v.db());
    for (const r of rows) expect(checkBundle(signedOf(r), key)).toBeNull();
    // Later ticks of the same day add nothing.
    v.core.tick();
    v.core.tick();
    expect(outbox(v.db())).toHaveLength(rows.length);
  });

  it('wait for the night shift to hand over, and add nothing before the branch has an identity', () => {
    const v = handoverDesk(localTime(16, 0));
    const late = shiftAtWork(v, 'reception', '晚班');
    v.at(localTime(10, 0, 25));
    v.core.tick();
    expect(outbox(v.db())).toEqual([]);
    v.at(localTime(16, 0));
    v.ok('branch.identity', undefined, 'desk-admin');
    // Past midnight with the late shift of the 22nd still at work: not closed yet.
    v.at(localTime(0, 30, 23));
    v.core.tick();
    expect(outbox(v.db())).toEqual([]);
    v.at(localTime(0, 50, 23));
    const handover = signOut(v, late.id, 'reception');
    v.core.tick();
    expect(outbox(v.db()).filter((r) => r.kind !== 'handover')).toEqual([]);
    v.at(localTime(9, 0, 23));
    receive(v, handover.id, 'duty');
    v.core.tick();
    expect(
      outbox(v.db())
        .filter((r) => r.kind !== 'handover')
        .map((r) => `${r.business_date} ${r.kind}`),
    ).toEqual(['2026-11-22 dayFigures', '2026-11-22 auditHead', '2026-11-22 backupStatus']);
  });
});
