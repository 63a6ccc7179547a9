import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, businessDate } from '../../shared/domain/time';
import { retentionCutOff, RETENTION_DEFAULTS } from '../../shared/domain/retention';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { ZHANG_SAN } from '../helpers/clientFixtures';
import { untilJob } from '../helpers/jobFixtures';
import { dueSql, RETENTION_SOURCES } from '../../electron/features/retention/retentionSources';
import { decryptPages } from '../helpers/rawPages';
import { localAt, retentionDesk } from '../helpers/retentionFixtures';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

type Desk = ReturnType<typeof retentionDesk>;

const cutOf = (v: Desk, months: number) => retentionCutOff(businessDate(v.clock.ms), months);
/** Just before the cut-off day starts (due) and at its very start (kept). */
const justDue = (day: string) => localAt(addDays(day, -1), 23, 59);
const justKept = (day: string) => localAt(day, 0, 0);

async function run(v: Desk) {
  const { jobId } = v.ok('retention.run', { confirm: true }, v.as('admin'));
  return v.core.jobs.whenEnded(jobId);
}

const row = (v: Desk, table: string, id: string) =>
  v.db().prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;

/** One record just past and one just inside the period of every kind. */
function seedBoundary(v: Desk) {
  const s = v.seeds;
  const c = (k: keyof typeof RETENTION_DEFAULTS) => cutOf(v, RETENTION_DEFAULTS[k]);
  const old = v.ok(
    'clients.create',
    {
      ...ZHANG_SAN,
      cardNumber: 'VIP-0900',
      membershipStatus: 'expired',
      membershipStart: '2020-01-01',
      membershipExpiry: addDays(c('waivers'), -10),
    },
    v.as('reception'),
  );
  const member = v.ok(
    'clients.create',
    {
      ...ZHANG_SAN,
      name: '李四',
      phones: ['13912340000'],
      idNumber: undefined,
      idType: undefined,
      cardNumber: 'VIP-0901',
    },
    v.as('reception'),
  );
  return {
    visitor: [
      s.visitor(justDue(c('visitors')), '欧阳娜娜', '13698765432'),
      s.visitor(justKept(c('visitors')), '司马光', '13511112222'),
    ],
    call: [
      s.call(justDue(c('callBacks')), '诸葛亮', '13733334444'),
      s.call(justKept(c('callBacks')), '上官婉', '13755556666'),
    ],
    ticket: [
      s.ticket(justDue(c('queueTickets')), '东方朔', '13877778888', 12),
      s.ticket(justKept(c('queueTickets')), '西门庆', '13899990000', 8),
    ],
    waiver: [
      s.memberWaiver(justDue(c('waivers')), old.id, '张三'),
      s.memberWaiver(justDue(c('waivers')), member.id, '李四'),
    ],
    block: [
      s.block(justDue(c('blockList')), '慕容复', '13600001111'),
      s.block(justKept(c('blockList')), '段誉', '13600002222'),
      s.block(justDue(c('blockList')), '乔峰', '13600003333', true),
    ],
    entry: [
      s.logEntry(justDue(c('shiftLog')), '会员王小明丢了钥匙XQ1'),
      s.logEntry(justKept(c('shiftLog')), '会员赵大海办了年卡XQ2'),
    ],
    complaint: [
      s.complaint(
        justDue(c('complaints')) - 86_400_000,
        justDue(c('complaints')),
        '令狐冲',
        '13911110000',
      ),
      s.complaint(
        justDue(c('complaints')) - 86_400_000,
        justKept(c('complaints')),
        '任盈盈',
        '13922220000',
      ),
    ],
    incident: [
      s.incident(justDue(c('complaints')), '岳不群', '13933330000'),
      s.incident(justKept(c('complaints')), '林平之', '13944440000'),
    ],
    access: [
      s.access(justDue(c('accessRecords')), old.id, '核对诉讼材料XQ3'),
      s.access(justKept(c('accessRecords')), old.id, '核对续费XQ4'),
    ],
    handover: [s.handover(justDue(c('handovers'))), s.handover(justKept(c('handovers')))],
  };
}

describe('retention preview and run', () => {
  it('anonymises exactly what is past its period, to the day, and nothing else', async () => {
    const v = retentionDesk();
    const ids = seedBoundary(v);
    const preview = v.ok('retention.preview', undefined, v.as('supervisor'));
    const due = Object.fromEntries(preview.rows.map((r) => [r.kind, r.due]));
    expect(due).toEqual({
      visitors: 1,
      callBacks: 1,
      queueTickets: 1,
      waivers: 1,
      blockList: 1,
      shiftLog: 1,
      complaints: 2,
      accessRecords: 1,
      handovers: 1,
    });
    const visitors = preview.rows.find((r) => r.kind === 'visitors')!;
    expect(visitors).toMatchObject({
      months: 6,
      cutOff: cutOf(v, 6),
      oldest: addDays(cutOf(v, 6), -1),
    });
    expect(preview.total).toBe(10);

    const end = await run(v);
    expect(end).toMatchObject({ state: 'done', result: { anonymised: 10 } });

    expect(row(v, 'visitors', ids.visitor[0]!)).toMatchObject({
      name: '—',
      phone: null,
      interest: null,
      trial: 0,
      source: '朋友介绍',
    });
    expect(row(v, 'visitors', ids.visitor[0]!).anonymised_at).not.toBeNull();
    expect(row(v, 'visitors', ids.visitor[1]!)).toMatchObject({
      name: '司马光',
      phone: '13511112222',
      anonymised_at: null,
    });
    const vw = v
      .db()
      .prepare('SELECT signer_name, length(signature) AS len FROM waivers WHERE visitor_id = ?');
    expect(vw.get(ids.visitor[0])).toEqual({ signer_name: '—', len: 0 });
    expect(vw.get(ids.visitor[1])).toEqual({ signer_name: '司马光', len: 7 });
    expect(row(v, 'calls', ids.call[0]!)).toMatchObject({
      caller_name: '—',
      callback_phone: '',
      purpose: '',
      called_back_note: null,
    });
    expect(row(v, 'messages', row(v, 'calls', ids.call[0]!).message_id as string)).toMatchObject({
      body: '',
    });
    expect(row(v, 'calls', ids.call[1]!)).toMatchObject({
      caller_name: '上官婉',
      callback_phone: '13755556666',
    });
    expect(row(v, 'queue_tickets', ids.ticket[0]!)).toMatchObject({
      name: null,
      phone: null,
      purpose: null,
      status: 'served',
    });
    expect(row(v, 'queue_tickets', ids.ticket[1]!)).toMatchObject({ name: '西门庆' });
    // The ex-member's waiver goes; an active member's stays whatever its age.
    expect(row(v, 'waivers', ids.waiver[0]!)).toMatchObject({ signer_name: '—' });
    expect(row(v, 'waivers', ids.waiver[1]!)).toMatchObject({
      signer_name: '李四',
      anonymised_at: null,
    });
    expect(row(v, 'block_list', ids.block[0]!)).toMatchObject({
      name: '—',
      phone: null,
      reason: '',
      pinyin: '',
    });
    expect(row(v, 'block_list', ids.block[1]!)).toMatchObject({ name: '段誉' });
    // Still on the list: it still protects the desk.
    expect(row(v, 'block_list', ids.block[2]!)).toMatchObject({ name: '乔峰', active: 1 });
    expect(row(v, 'log_entries', ids.entry[0]!)).toMatchObject({ body: '', locked: 1 });
    expect(row(v, 'log_entries', ids.entry[1]!)).toMatchObject({ body: '会员赵大海办了年卡XQ2' });
    expect(row(v, 'complaints', ids.complaint[0]!)).toMatchObject({
      contact_name: '—',
      call_back_phone: null,
      summary: '',
      state: 'closed',
      response_minutes: 30,
    });
    expect(row(v, 'complaints', ids.complaint[1]!)).toMatchObject({ contact_name: '任盈盈' });
    expect(row(v, 'incidents', ids.incident[0]!)).toMatchObject({
      person_name: '—',
      phone: null,
      what_happened: '',
      injury: '—',
      signer_name: null,
      costs_cents: 12000,
      hospital_escort: 1,
    });
    expect(row(v, 'incidents', ids.incident[1]!)).toMatchObject({ person_name: '林平之' });
    expect(row(v, 'file_access', ids.access[0]!)).toMatchObject({ reason: null, kind: 'open' });
    expect(row(v, 'file_access', ids.access[1]!)).toMatchObject({ reason: '核对续费XQ4' });
    expect(row(v, 'handovers', ids.handover[0]!)).toBeUndefined();
    expect(row(v, 'handovers', ids.handover[1]!)).toBeDefined();

    // A second run finds nothing left to do.
    expect(v.ok('retention.preview', undefined, v.as('admin')).total).toBe(0);
    expect((await run(v)).result).toEqual({ anonymised: 0 });
  });

  it('keeps the figures: visitors per day and consultant, queue waits, complaint counts and times', async () => {
    const v = retentionDesk();
    const old = localAt(addDays(cutOf(v, 36), -1), 10);
    for (let d = 0; d < 20; d += 1) {
      const at = old - d * 86_400_000;
      v.seeds.visitor(at, `访客${d}`, `1360000${String(d).padStart(4, '0')}`, {
        trial: d % 2 === 0,
      });
      v.seeds.ticket(at, `取号${d}`, `1370000${String(d).padStart(4, '0')}`, 5 + d);
      v.seeds.complaint(at - 86_400_000, at, `投诉人${d}`, `1380000${String(d).padStart(4, '0')}`);
      v.seeds.incident(at, `伤者${d}`, `1390000${String(d).padStart(4, '0')}`);
    }
    const figures = () => ({
      visitors: v
        .db()
        .prepare(
          'SELECT business_date, consultant_id, sum(trial) AS trials, count(*) AS n FROM visitors GROUP BY 1, 2 ORDER BY 1',
        )
        .all(),
      waits: v
        .db()
        .prepare(
          'SELECT business_date, avg(called_at - taken_at) AS wait, count(*) AS n FROM queue_tickets GROUP BY 1 ORDER BY 1',
        )
        .all(),
      complaints: v
        .db()
        .prepare(
          'SELECT business_date, category, count(*) AS n, sum(response_minutes) AS r, sum(resolution_minutes) AS s FROM complaints GROUP BY 1, 2 ORDER BY 1',
        )
        .all(),
      incidents: v
        .db()
        .prepare(
          "SELECT count(*) AS n, sum(kind = 'injury' OR injury IS NOT NULL) AS injuries, sum(hospital_escort) AS escorts, sum(costs_cents) AS costs FROM incidents",
        )
        .get(),
    });
    const before = figures();
    expect(await run(v)).toMatchObject({ state: 'done', result: { anonymised: 80 } });
    expect(figures()).toEqual(before);
    expect(v.db().prepare("SELECT count(*) FROM visitors WHERE name <> '—'").pluck().get()).toBe(0);
  });

  it('settings: defaults, one screen for handovers too, ranges named, admin only', () => {
    const v = retentionDesk();
    const s = v.ok('retention.get', undefined, v.as('supervisor'));
    expect(s.periods.map((p) => [p.kind, p.months, p.defaultMonths])).toEqual(
      Object.entries(RETENTION_DEFAULTS).map(([k, m]) => [k, m, m]),
    );
    expect(s.lastRun).toBeNull();
    for (const bad of [{ visitors: 0 }, { handovers: 0 }, { shiftLog: 121 }, { complaints: 1.5 }]) {
      const r = v.call('retention.update', { periods: bad }, v.as('admin'));
      expect(r.ok === false && r.error.code).toBe('VALIDATION');
      expect(r.ok === false && Object.keys(r.error.fields ?? {})).toEqual([
        `periods.${Object.keys(bad)[0]}`,
      ]);
    }
    expect(v.call('retention.update', { periods: {} }, v.as('admin'))).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    const saved = v.ok(
      'retention.update',
      { periods: { visitors: 3, handovers: 2 } },
      v.as('admin'),
    );
    expect(saved.periods.find((p) => p.kind === 'visitors')).toEqual({
      kind: 'visitors',
      months: 3,
      defaultMonths: 6,
    });
    // Handovers' period is the handover setting itself.
    expect(v.ok('settings.get', undefined, v.as('admin')).handoverRetentionMonths).toBe(2);
    v.ok('settings.update', { handoverRetentionMonths: 5 }, v.as('admin'));
    expect(
      v.ok('retention.get', undefined, v.as('admin')).periods.find((p) => p.kind === 'handovers')!
        .months,
    ).toBe(5);
    for (const who of ['supervisor', 'duty', 'reception'] as const) {
      expect(v.call('retention.update', { periods: { visitors: 4 } }, v.as(who))).toMatchObject({
        error: { code: 'FORBIDDEN' },
      });
      expect(v.call('retention.run', { confirm: true }, v.as(who))).toMatchObject({
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(v.call('retention.preview', undefined, v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.call('retention.get', undefined, v.as('reception'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });

  it('audits the start with what is due and the end with counts per kind, never a name', async () => {
    const v = retentionDesk();
    seedBoundary(v);
    v.ok('retention.update', { periods: { visitors: 6 } }, v.as('admin'));
    const end = await run(v);
    const rows = v
      .db()
      .prepare(
        "SELECT action, outcome, actor_name, target_id, detail FROM audit_log WHERE action LIKE 'retention.%' ORDER BY seq",
      )
      .all() as { action: string; outcome: string; target_id: string; detail: string }[];
    expect(rows.map((r) => r.action)).toEqual([
      'retention.update',
      'retention.run',
      'retention.run.end',
    ]);
    const start = JSON.parse(rows[1]!.detail);
    expect(start).toMatchObject({
      total: 10,
      due: { visitors: 1, complaints: 2, handovers: 1 },
      cutOff: { visitors: cutOf(v, 6) },
    });
    expect(JSON.parse(rows[2]!.detail)).toMatchObject({
      ended: 'done',
      anonymised: 10,
      counts: { visitors: 1, callBacks: 1, complaints: 2, handovers: 1 },
    });
    expect(rows[2]!.target_id).toBe(end.id);
    const all = JSON.stringify(rows);
    for (const trace of ['欧阳娜娜', '13698765432', '诸葛亮', '令狐冲', 'XQ1'])
      expect(all).not.toContain(trace);
    expect(v.ok('retention.get', undefined, v.as('admin')).lastRun).toMatchObject({
      ended: 'done',
      total: 10,
      byName: '张伟',
      counts: { visitors: 1 },
    });
    expect(v.ok('audit.verify', undefined, v.as('admin'))).toMatchObject({ intact: true });
  });

  it('a cancel between chunks leaves whole records, says what was done, and the next run finishes', async () => {
    const v = retentionDesk();
    const at = localAt(cutOf(v, 12), 9);
    v.db().transaction(() => {
      for (let i = 0; i < 3000; i += 1)
        v.seeds.visitor(at - i * 60_000, `批量访客${i}`, `135${String(i).padStart(8, '0')}`);
    })();
    const { jobId } = v.ok('retention.run', { confirm: true }, v.as('admin'));
    expect(v.call('retention.run', { confirm: true }, v.as('admin'))).toMatchObject({
      error: { reason: 'retention.running' },
    });
    expect(v.ok('retention.get', undefined, v.as('admin')).runningJobId).toBe(jobId);
    await untilJob(v.core, jobId, (j) => j.done > 0);
    v.ok('jobs.cancel', { id: jobId }, v.as('admin'));
    const end = await v.core.jobs.whenEnded(jobId);
    expect(end.state).toBe('cancelled');
    const counts = v
      .db()
      .prepare(
        `SELECT sum(anonymised_at IS NOT NULL AND name = '—' AND phone IS NULL) AS whole,
              sum(anonymised_at IS NULL AND name LIKE '批量访客%' AND phone IS NOT NULL) AS untouched,
              count(*) AS n FROM visitors`,
      )
      .get() as { whole: number; untouched: number; n: number };
    expect(counts.whole).toBeGreaterThan(0);
    expect(counts.whole).toBeLessThan(3000);
    expect(counts.whole + counts.untouched).toBe(3000);
    // A visitor's own waiver went in the same transaction as the visitor.
    expect(
      v.db().prepare("SELECT count(*) FROM waivers WHERE signer_name = '—'").pluck().get(),
    ).toBe(counts.whole);
    const last = v.ok('retention.get', undefined, v.as('admin')).lastRun!;
    expect(last).toMatchObject({
      ended: 'cancelled',
      total: counts.whole,
      counts: { visitors: counts.whole },
    });
    expect((await run(v)).result).toEqual({ anonymised: 3000 - counts.whole });
  });

  it('goes through frozen rows only by the anonymising update; ordinary edits stay refused', async () => {
    const v = retentionDesk();
    const ids = seedBoundary(v);
    const db = v.db();
    const [entry, kept] = ids.entry as [string, string];
    const [incident, keptIncident] = ids.incident as [string, string];
    // Blanking the text while changing anything else is no anonymisation.
    expect(() =>
      db
        .prepare(
          "UPDATE log_entries SET body = '', category = 'cash', anonymised_at = 1 WHERE id = ?",
        )
        .run(entry),
    ).toThrow(/handed over/);
    expect(() =>
      db.prepare("UPDATE log_entries SET body = 'x', anonymised_at = 1 WHERE id = ?").run(entry),
    ).toThrow(/handed over/);
    expect(() =>
      db
        .prepare(
          "UPDATE incidents SET person_name = '—', place = '前台', what_happened = '', injury = '—', first_aid = NULL, signer_name = NULL, signature = x'', anonymised_at = 1 WHERE id = ?",
        )
        .run(incident),
    ).toThrow(/signed/);
    expect(() =>
      db
        .prepare(
          "UPDATE incidents SET person_name = '—', what_happened = '', injury = NULL, first_aid = NULL, signer_name = NULL, signature = x'', anonymised_at = 1 WHERE id = ?",
        )
        .run(incident),
    ).toThrow(/signed/);
    await run(v);
    for (const id of [entry, kept])
      expect(() =>
        db.prepare("UPDATE log_entries SET body = 'rewritten' WHERE id = ?").run(id),
      ).toThrow(/handed over/);
    // Once anonymised, the mark cannot be used again to write something else.
    expect(() =>
      db.prepare("UPDATE log_entries SET body = '', anonymised_at = 2 WHERE id = ?").run(entry),
    ).toThrow(/handed over/);
    for (const id of [incident, keptIncident])
      expect(() =>
        db.prepare("UPDATE incidents SET what_happened = 'rewritten' WHERE id = ?").run(id),
      ).toThrow(/signed/);
  });

  it('leaves no trace of an anonymised visitor or caller in the decrypted pages or the WAL', async () => {
    const v = retentionDesk();
    const ids = seedBoundary(v);
    // The seeds reach the main file first, as on a desk where they were written long ago.
    v.db().pragma('wal_checkpoint(TRUNCATE)');
    await run(v);
    const wal = join(v.dir, `${DB_FILE}-wal`);
    expect(existsSync(wal) ? readFileSync(wal).length : 0).toBe(0);
    v.close();
    const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    const plain = decryptPages(join(v.dir, DB_FILE), key);
    expect(plain.includes(Buffer.from('CREATE TABLE visitors'))).toBe(true);
    // Kept records are still there (the search would find them).
    expect(plain.includes(Buffer.from('司马光'))).toBe(true);
    for (const trace of [
      '欧阳娜娜',
      '13698765432',
      '诸葛亮',
      '13733334444',
      '会员王小明丢了钥匙XQ1',
      '令狐冲',
      '13911110000',
      '岳不群',
      '核对诉讼材料XQ3',
      '慕容复',
    ])
      expect(plain.includes(Buffer.from(trace)), trace).toBe(false);
    expect(ids.visitor).toHaveLength(2);
  });

  it("reads each kind's due rows by its partial index, not by a walk over the table", () => {
    const v = retentionDesk();
    for (const src of RETENTION_SOURCES) {
      const plan = (
        v
          .db()
          .prepare(`EXPLAIN QUERY PLAN SELECT id ${dueSql(src)} ORDER BY ${src.at} LIMIT 25`)
          .all({ cut: 0, cutDay: '2026-01-01' }) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join(' ');
      expect(plan, src.table).toContain(`${src.table}_retention`);
      expect(plan, src.table).not.toMatch(new RegExp(`SCAN ${src.table}\\b`));
    }
  });
});
