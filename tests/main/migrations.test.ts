import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultError } from '../../electron/db/errors';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { foundation } from '../../electron/db/migrations/001_foundation';
import { LATEST_VERSION, migrations } from '../../electron/db/migrations';
import { openEncrypted } from '../../electron/db/open';
import type { Db } from '../../electron/db/types';

const KEY = '1f'.repeat(32);
let dir = '';
let db: Db | null = null;

function freshDb(): Db {
  dir = mkdtempSync(join(tmpdir(), 'deskbook-mig-'));
  db = openEncrypted(join(dir, 'm.db'), KEY, { create: true });
  return db;
}

afterEach(() => {
  db?.close();
  db = null;
  rmSync(dir, { recursive: true, force: true });
});

function tables(d: Db): string[] {
  return d
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(migrations.length);
  });

  it('001 foundation creates settings, staff and the append-only audit log', () => {
    const d = freshDb();
    migrate(d, [foundation]);
    expect(schemaVersion(d)).toBe(1);
    expect(tables(d)).toEqual(['audit_log', 'settings', 'staff']);
    d.prepare(
      `INSERT INTO audit_log (seq, at, business_date, action, outcome, prev_hash, hash)
       VALUES (1, 0, '2026-01-01', 'x', 'ok', 'p', 'h')`,
    ).run();
    expect(() => d.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => d.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('applying twice is a no-op', () => {
    const d = freshDb();
    expect(migrate(d)).toBe(LATEST_VERSION);
    expect(migrate(d)).toBe(LATEST_VERSION);
  });

  it('a failing migration rolls back every pending step', () => {
    const d = freshDb();
    const broken = {
      version: 2,
      name: 'broken',
      up: (x: Db) => x.exec('CREATE TABLE oops (; nonsense'),
    };
    expect(() => migrate(d, [foundation, broken])).toThrow();
    expect(schemaVersion(d)).toBe(0);
    expect(tables(d)).toEqual([]);
  });

  it('refuses a database newer than the app', () => {
    const d = freshDb();
    d.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(d)).toThrow(VaultError);
  });
});

describe('later migrations', () => {
  function upTo(version: number): Db {
    const d = freshDb();
    migrate(d, migrations.slice(0, version));
    expect(schemaVersion(d)).toBe(version);
    return d;
  }

  it('002 client files adds the files, their search index and the access record', () => {
    const d = upTo(2);
    expect(tables(d)).toEqual(
      expect.arrayContaining([
        'clients',
        'client_search',
        'client_documents',
        'client_changes',
        'file_access',
        'client_tombstones',
      ]),
    );
  });

  it('003 front desk allows one open check-in per member and one open loan per tag', () => {
    const d = upTo(3);
    expect(tables(d)).toEqual(
      expect.arrayContaining([
        'check_ins',
        'hand_tags',
        'tag_charges',
        'price_items',
        'card_sales',
      ]),
    );
    const indexes = d
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'check_ins'",
      )
      .all() as {
      name: string;
      sql: string | null;
    }[];
    const partialUnique = indexes.filter(
      (i) => /UNIQUE/i.test(i.sql ?? '') && /checked_out_at IS NULL/i.test(i.sql ?? ''),
    );
    expect(partialUnique.length).toBe(2);
  });

  it('004 visitors adds rotation, visitors, calls, messages and the block list', () => {
    const d = upTo(4);
    expect(tables(d)).toEqual(
      expect.arrayContaining([
        'consultant_days',
        'visitors',
        'visitor_passes',
        'calls',
        'messages',
        'block_list',
      ]),
    );
  });

  it('005 queue numbers tickets once per business day', () => {
    const d = upTo(5);
    expect(tables(d)).toContain('queue_tickets');
    const insert = d.prepare(
      "INSERT INTO queue_tickets (id, business_date, number, taken_at, taken_by) VALUES (?, ?, ?, 0, 's')",
    );
    insert.run('t1', '2026-01-01', 1);
    insert.run('t2', '2026-01-02', 1);
    expect(() => insert.run('t3', '2026-01-01', 1)).toThrow(/UNIQUE/);
    expect(d.prepare("SELECT status FROM queue_tickets WHERE id = 't1'").pluck().get()).toBe(
      'waiting',
    );
  });
  it('006 waivers keeps versioned texts and signatures, indexed by client, gone with the file', () => {
    const d = upTo(6);
    expect(tables(d)).toEqual(expect.arrayContaining(['waiver_texts', 'waivers']));
    const indexes = d
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'waivers'")
      .pluck()
      .all();
    expect(indexes).toContain('waivers_client');
    const fk = d.prepare('PRAGMA foreign_key_list(waivers)').all() as {
      table: string;
      on_delete: string;
    }[];
    expect(fk.find((f) => f.table === 'clients')?.on_delete).toBe('CASCADE');
    const text = d.prepare(
      "INSERT INTO waiver_texts (id, version, title, body, created_at, active) VALUES (?, ?, 't', 'b', 0, 1)",
    );
    text.run('w1', 1);
    expect(() => text.run('w2', 2)).toThrow(/UNIQUE/);
  });

  it('007 shifts allows one shift at work and freezes handed-over log entries', () => {
    const d = upTo(7);
    expect(tables(d)).toEqual(
      expect.arrayContaining([
        'shift_templates',
        'checklist_items',
        'roster',
        'shifts',
        'shift_staff',
        'shift_checks',
        'shift_acks',
        'log_entries',
        'follow_up_carries',
        'handovers',
        'handover_receipts',
        'handover_flags',
        'handover_reviews',
        'handover_corrections',
        'audit_anchors',
      ]),
    );
    d.prepare(
      `INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at)
       VALUES ('s1', 'u1', 'U', 'receptionist', 'h', 0, 0)`,
    ).run();
    const shift = d.prepare(
      `INSERT INTO shifts (id, name, business_date, planned_start, planned_end, opened_at,
         opened_by, status) VALUES (?, 'x', '2026-01-01', 0, 1, 0, 's1', ?)`,
    );
    shift.run('a', 'opening');
    expect(() => shift.run('b', 'open')).toThrow(/UNIQUE/);
    shift.run('c', 'closed');
    shift.run('d', 'abandoned');
    d.prepare("UPDATE shifts SET status = 'handedOver' WHERE id = 'a'").run();
    shift.run('e', 'open');
    const entry = d.prepare(
      `INSERT INTO log_entries (id, shift_id, business_date, at, by_staff, category, body, locked,
         follow_up) VALUES (?, 'a', '2026-01-01', 0, 's1', 'general', 'text', ?, 1)`,
    );
    entry.run('open-entry', 0);
    entry.run('locked-entry', 1);
    d.prepare("UPDATE log_entries SET body = 'fixed' WHERE id = 'open-entry'").run();
    expect(() =>
      d.prepare("UPDATE log_entries SET body = 'x' WHERE id = 'locked-entry'").run(),
    ).toThrow(/handed over/);
    expect(() =>
      d.prepare("UPDATE log_entries SET locked = 0 WHERE id = 'locked-entry'").run(),
    ).toThrow(/handed over/);
    expect(() => d.prepare("DELETE FROM log_entries WHERE id = 'locked-entry'").run()).toThrow(
      /handed over/,
    );
    // Closing a follow-up stays possible after the hand-over.
    d.prepare(
      "UPDATE log_entries SET done_at = 5, done_by = 's1', done_note = 'ok' WHERE id = 'locked-entry'",
    ).run();
    expect(() =>
      d
        .prepare(
          `INSERT INTO log_entries (id, shift_id, business_date, at, by_staff, category, body, owner_id)
           VALUES ('no-follow-up', 'a', '2026-01-01', 0, 's1', 'general', 't', 's1')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('008 job writes marks rows a job has not published yet', () => {
    const d = upTo(8);
    expect(tables(d)).toEqual(expect.arrayContaining(['job_writes']));
    const cols = d.prepare("SELECT name FROM pragma_table_info('clients')").pluck().all();
    expect(cols).toContain('pending_job');
    const idx = d
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'clients_pending_job'")
      .pluck()
      .get();
    expect(idx).toMatch(/WHERE pending_job IS NOT NULL/);
    d.prepare(
      "INSERT INTO job_writes (job_id, kind, started_at) VALUES ('j1', 'clients.import', 0)",
    ).run();
    expect(() =>
      d.prepare("INSERT INTO job_writes (job_id, kind, started_at) VALUES ('j1', 'x', 0)").run(),
    ).toThrow(/UNIQUE/);
  });

  it('010 search ranking adds whole-name terms to old files and keeps visits by trigger', () => {
    const d = upTo(9);
    d.prepare(
      "INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at) VALUES ('s1', 'u', 'U', 'admin', 'x', 0, 0)",
    ).run();
    d.prepare(
      `INSERT INTO clients (id, kind, name, phones, card_number, file_review_due, credit_review_due, created_at, updated_at)
       VALUES ('c1', 'person', '王芳', '["13800001234"]', 'M-000123', '2027-01-01', '2027-01-01', 0, 0)`,
    ).run();
    d.prepare(
      `INSERT INTO check_ins (id, client_id, gender, business_date, checked_in_at, checked_in_by, checked_out_at)
       VALUES ('k1', 'c1', 'female', '2026-01-01', 100, 's1', 150)`,
    ).run();
    migrate(d, migrations.slice(0, 10));
    const terms = d.prepare("SELECT term FROM client_search WHERE client_id = 'c1'").pluck().all();
    expect(terms).toEqual(
      expect.arrayContaining(['fn:王芳', 'fy:wangfang', 'fi:wf', 'd:321000-m']),
    );
    const visits = () =>
      d.prepare("SELECT last_at, visits FROM client_visits WHERE client_id = 'c1'").get();
    expect(visits()).toEqual({ last_at: 100, visits: 1 });
    d.prepare(
      `INSERT INTO check_ins (id, client_id, gender, business_date, checked_in_at, checked_in_by)
       VALUES ('k2', 'c1', 'female', '2026-01-02', 200, 's1')`,
    ).run();
    expect(visits()).toEqual({ last_at: 200, visits: 2 });
    const idx = d
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'clients_id_number'")
      .pluck()
      .get();
    expect(idx).toMatch(/WHERE id_number IS NOT NULL/);
  });

  it('011 visitor overdue adds the once-only mark, empty on old visitors, and its index', () => {
    const d = upTo(10);
    d.prepare(
      "INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at) VALUES ('s1', 'u', 'U', 'admin', 'x', 0, 0)",
    ).run();
    d.prepare(
      `INSERT INTO visitors (id, business_date, registered_at, registered_by, name, scenario, trial, deadline_at, status)
       VALUES ('v1', '2026-01-01', 0, 's1', '王女士', 'A', 0, 120000, 'waiting')`,
    ).run();
    migrate(d, migrations.slice(0, 11));
    expect(d.prepare("SELECT overdue_at FROM visitors WHERE id = 'v1'").pluck().get()).toBeNull();
    const idx = d
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'visitors_due'")
      .pluck()
      .get();
    expect(idx).toMatch(/WHERE status = 'waiting' AND overdue_at IS NULL/);
  });

  it('012 site profile keeps an existing vault a gym with every module; a new one is left to setup', () => {
    const old = upTo(11);
    old
      .prepare(
        "INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at) VALUES ('s1', 'u', 'U', 'admin', 'x', 0, 0)",
      )
      .run();
    migrate(old, migrations.slice(0, 12));
    const stored = (key: string) =>
      old.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
    expect(stored('siteProfile')).toBe('"gym"');
    expect(JSON.parse(stored('modules') as string)).toEqual([
      'handTags',
      'consultants',
      'queue',
      'visitors',
      'clientFiles',
    ]);
    old.close();
    rmSync(dir, { recursive: true, force: true });
    const fresh = upTo(12);
    expect(fresh.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });

  it('013 call-backs leaves old calls open to call back, and indexes the open and done lists', () => {
    const d = upTo(12);
    d.prepare(
      "INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at) VALUES ('s1', 'u', 'U', 'consultant', 'x', 0, 0)",
    ).run();
    d.prepare(
      `INSERT INTO calls (id, business_date, at, caller_name, callback_phone, purpose, appointment, route, consultant_id, taken_by)
       VALUES ('c1', '2026-01-01', 0, '何先生', '13711112222', '咨询', 0, 'rotation', 's1', 's1')`,
    ).run();
    migrate(d, migrations.slice(0, 13));
    expect(
      d.prepare("SELECT called_back_at, called_back_day FROM calls WHERE id = 'c1'").get(),
    ).toEqual({
      called_back_at: null,
      called_back_day: null,
    });
    const idx = (name: string) =>
      d.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name);
    expect(idx('calls_open_consultant')).toMatch(/WHERE called_back_at IS NULL/);
    expect(idx('calls_done_day')).toMatch(/called_back_day/);
  });

  it('014 search heat weighs old visits, keeps the heat by trigger and orders each term by it', () => {
    const d = upTo(13);
    const DAY = 86_400_000;
    d.prepare(
      "INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at) VALUES ('s1', 'u', 'U', 'admin', 'x', 0, 0)",
    ).run();
    const file = d.prepare(
      `INSERT INTO clients (id, kind, name, phones, membership_status, file_review_due, credit_review_due, created_at, updated_at)
       VALUES (?, 'person', '王芳', '[]', ?, '2027-01-01', '2027-01-01', 0, 0)`,
    );
    file.run('c1', 'active');
    file.run('c2', null);
    d.prepare(
      "INSERT INTO client_search (term, client_id) VALUES ('fi:wf', 'c1'), ('fi:wf', 'c2')",
    ).run();
    const checkIn = d.prepare(
      `INSERT INTO check_ins (id, client_id, gender, business_date, checked_in_at, checked_in_by, checked_out_at)
       VALUES (?, ?, 'female', '2026-01-01', ?, 's1', ?)`,
    );
    const T = 100 * DAY;
    checkIn.run('k1', 'c1', T, T + 1);
    checkIn.run('k2', 'c1', T, T + 1);
    migrate(d, migrations.slice(0, 14));
    const heat = (id: string) =>
      d.prepare('SELECT heat FROM client_visits WHERE client_id = ?').pluck().get(id) as number;
    const indexed = (id: string) =>
      d.prepare('SELECT heat FROM client_search WHERE client_id = ?').pluck().get(id) as number;
    // Two visits at the same moment weigh as one τ (three days) times ln 2 later.
    expect(heat('c1')).toBeCloseTo(T + 3 * DAY * Math.LN2, 0);
    expect(indexed('c1')).toBeCloseTo(heat('c1') + DAY, 0);
    expect(indexed('c2')).toBe(0);
    checkIn.run('k3', 'c2', T + 2 * DAY, T + 2 * DAY + 1);
    expect(indexed('c2')).toBe(T + 2 * DAY);
    checkIn.run('k4', 'c2', T + 2 * DAY, T + 2 * DAY + 1);
    expect(heat('c2')).toBeCloseTo(T + 2 * DAY + 3 * DAY * Math.LN2, 0);
    const table = d
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'client_search'")
      .pluck()
      .get();
    expect(table).toMatch(/PRIMARY KEY \(term, heat DESC, client_id\)/);
    expect(
      d.prepare("SELECT count(*) FROM client_search WHERE client_id = 'c1'").pluck().get(),
    ).toBe(1);
  });

  it('015 complaints keeps cases, their history, internal notes, incidents and follow-up calls', () => {
    const d = upTo(15);
    expect(tables(d)).toEqual(
      expect.arrayContaining([
        'opening_hours',
        'calendar_days',
        'service_levels',
        'escalation_levels',
        'complaints',
        'complaint_events',
        'complaint_transfers',
        'complaint_internal_notes',
        'complaint_attachments',
        'incidents',
        'follow_up_plans',
        'follow_up_calls',
      ]),
    );
    d.prepare(
      "INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at) VALUES ('s1', 'u', 'U', 'receptionist', 'x', 0, 0)",
    ).run();
    const addCase = d.prepare(
      `INSERT INTO complaints (id, number, channel, contact_name, call_back_phone, category, severity,
         summary, received_at, business_date, first_receiver, owner_id, state, updated_at)
       VALUES (?, ?, ?, ?, ?, 'service', 'normal', '空调太冷', 0, '2026-12-03', 's1', 's1', ?, 0)`,
    );
    addCase.run('k1', 'TS-1', 'phone', null, '13800001111', 'open');
    // A phone case with nobody to call back is refused; a letter may come without a number.
    expect(() => addCase.run('k2', 'TS-2', 'phone', null, null, 'open')).toThrow(/CHECK/);
    addCase.run('k3', 'TS-3', 'letter', null, null, 'open');
    expect(() => addCase.run('k4', 'TS-4', 'desk', '王', null, 'pending')).toThrow(/CHECK/);
    const offer = d.prepare(
      `INSERT INTO complaint_transfers (id, complaint_id, from_staff, to_staff, reason, offered_at)
       VALUES (?, 'k1', 's1', 's1', 'r', 0)`,
    );
    offer.run('t1');
    expect(() => offer.run('t2')).toThrow(/UNIQUE/);
    const plan = (sql: string) =>
      (d.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(
      plan("SELECT id FROM complaints WHERE state <> 'closed' ORDER BY resolution_due"),
    ).toMatch(/complaints_open_due/);
    expect(
      plan(
        "SELECT id FROM follow_up_calls WHERE done_at IS NULL AND dropped_at IS NULL AND due_day <= '2026-12-03'",
      ),
    ).toMatch(/follow_up_calls_open/);
    // The board's times and missed calls read by index, not by a walk over every case.
    expect(plan('SELECT id FROM complaints WHERE responded_at >= 5')).toMatch(
      /complaints_responded/,
    );
    expect(plan('SELECT id FROM complaints WHERE resolved_at >= 5')).toMatch(/complaints_resolved/);
    expect(plan('SELECT id FROM follow_up_calls WHERE dropped_at >= 5')).toMatch(
      /follow_up_calls_dropped/,
    );
    d.prepare(
      `INSERT INTO incidents (id, number, kind, person_name, occurred_at, place, what_happened,
         recorded_by, recorded_at, business_date, signer_name, signature, signature_mime, signed_at, updated_at)
       VALUES ('i1', 'SJ-1', 'injury', '李', 0, '器械区', '扭伤', 's1', 0, '2026-12-03', '李', x'00', 'image/png', 1, 0)`,
    ).run();
    expect(() =>
      d.prepare("UPDATE incidents SET what_happened = 'x' WHERE id = 'i1'").run(),
    ).toThrow(/signed/);
    d.prepare("UPDATE incidents SET costs_cents = 5000 WHERE id = 'i1'").run();
  });

  it('016 retention keeps periods, marks anonymised rows and lets frozen rows be anonymised only', () => {
    const d = upTo(16);
    expect(tables(d)).toEqual(expect.arrayContaining(['retention_periods']));
    const period = d.prepare('INSERT INTO retention_periods (kind, months) VALUES (?, ?)');
    period.run('visitors', 6);
    expect(() => period.run('handovers', 12)).toThrow(/CHECK/);
    expect(() => period.run('callBacks', 0)).toThrow(/CHECK/);
    d.prepare(
      "INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at) VALUES ('s1', 'u', 'U', 'receptionist', 'x', 0, 0)",
    ).run();
    d.prepare(
      `INSERT INTO shifts (id, name, business_date, planned_start, planned_end, opened_at,
         opened_by, status) VALUES ('a', 'x', '2026-01-01', 0, 1, 0, 's1', 'handedOver')`,
    ).run();
    d.prepare(
      `INSERT INTO log_entries (id, shift_id, business_date, at, by_staff, category, body, locked)
       VALUES ('e', 'a', '2026-01-01', 0, 's1', 'general', '王先生来电', 1)`,
    ).run();
    expect(() => d.prepare("UPDATE log_entries SET body = 'x' WHERE id = 'e'").run()).toThrow(
      /handed over/,
    );
    d.prepare("UPDATE log_entries SET body = '', anonymised_at = 5 WHERE id = 'e'").run();
    expect(() => d.prepare("UPDATE log_entries SET body = 'y' WHERE id = 'e'").run()).toThrow(
      /handed over/,
    );
    const plan = (sql: string) =>
      (d.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(
      plan('SELECT count(*) FROM visitors WHERE anonymised_at IS NULL AND registered_at < 5'),
    ).toMatch(/visitors_retention/);
    expect(
      plan(
        "SELECT id FROM complaints WHERE anonymised_at IS NULL AND closed_at < 5 AND state = 'closed'",
      ),
    ).toMatch(/complaints_retention/);
  });

  it('017 person requests: a signed handover changes only its text, only inside a redaction', () => {
    const d = upTo(17);
    expect(tables(d)).toEqual(
      expect.arrayContaining(['person_requests', 'handover_redactions', 'redaction_window']),
    );
    d.exec(`
      INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at)
        VALUES ('s1', 'u', 'U', 'receptionist', 'x', 0, 0);
      INSERT INTO shifts (id, name, business_date, planned_start, planned_end, opened_at, opened_by, status)
        VALUES ('a', 'x', '2026-01-01', 0, 1, 0, 's1', 'handedOver');
      INSERT INTO handovers (id, shift_id, business_date, created_at, created_by, updated_at, updated_by,
          content, expected_cents, outgoing_id, outgoing_signed_at, audit_seq, audit_head)
        VALUES ('h', 'a', '2026-01-01', 0, 's1', 0, 's1', '{"n":"王芳"}', 500, 's1', 9, 3, 'abc');
    `);
    const text = d.prepare(`UPDATE handovers SET content = '{"n":"[erased]"}' WHERE id = 'h'`);
    expect(() => text.run()).toThrow(/signed/);
    d.prepare("INSERT INTO redaction_window (id, source) VALUES (1, 'erasure')").run();
    text.run();
    for (const figure of ['expected_cents = 1', "audit_head = 'x'", 'outgoing_signed_at = 1'])
      expect(() => d.prepare(`UPDATE handovers SET ${figure} WHERE id = 'h'`).run()).toThrow(
        /signed/,
      );
    d.prepare('DELETE FROM redaction_window').run();
    expect(() => text.run()).toThrow(/signed/);
    expect(() =>
      d.prepare("INSERT INTO redaction_window (id, source) VALUES (2, 'x')").run(),
    ).toThrow(/CHECK/);
    const plan = (sql: string) =>
      (d.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(plan("SELECT id FROM check_ins WHERE client_id = 'c'")).toMatch(/check_ins_client/);
    expect(plan("SELECT id FROM visitors WHERE phone IN ('1')")).toMatch(/visitors_phone/);
    expect(plan("SELECT id FROM calls WHERE callback_phone IN ('1')")).toMatch(/calls_phone/);
    expect(plan("SELECT id FROM queue_tickets WHERE phone IN ('1')")).toMatch(
      /queue_tickets_phone/,
    );
    expect(
      plan(
        "SELECT id FROM person_requests WHERE status IN ('pending','approved') ORDER BY requested_at",
      ),
    ).toMatch(/person_requests_open/);
    expect(
      plan(
        'SELECT id FROM handovers WHERE outgoing_signed_at IS NOT NULL AND outgoing_signed_at > 5',
      ),
    ).toMatch(/USING INDEX handovers_signed/);
  });

  it('018 report indexes covers a period of entries and reads escalations by time', () => {
    const d = upTo(18);
    const plan = (sql: string) =>
      (d.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(
      plan("SELECT count(*) FROM complaint_events WHERE kind = 'escalated' AND at >= 1 AND at < 2"),
    ).toMatch(/complaint_events_escalated/);
    expect(
      plan(
        `SELECT checked_in_at, checked_out_at, gender, override_by FROM check_ins
         WHERE business_date BETWEEN '2026-11-01' AND '2026-11-30' AND checked_in_at >= 1`,
      ),
    ).toMatch(/COVERING INDEX check_ins_report/);
  });

  it('019 stations: one row per client certificate, the LAN off on port 47613 by default', () => {
    const d = upTo(19);
    expect(tables(d)).toEqual(expect.arrayContaining(['stations', 'lan_identity', 'lan_settings']));
    expect(d.prepare('SELECT enabled, port FROM lan_settings').all()).toEqual([
      { enabled: 0, port: 47613 },
    ]);
    const insert = d.prepare(
      `INSERT INTO stations (id, name, kind, cert_fingerprint, paired_at) VALUES (?, ?, ?, ?, 0)`,
    );
    insert.run('s1', '前台二号机', 'desk', 'AA:BB');
    expect(() => insert.run('s2', 'Other', 'desk', 'AA:BB')).toThrow(/UNIQUE/);
    expect(() => insert.run('s3', 'Hall', 'kiosk', 'CC:DD')).toThrow(/CHECK/);
    expect(() => d.prepare('UPDATE lan_settings SET port = 80').run()).toThrow(/CHECK/);
    expect(() => d.prepare('INSERT INTO lan_settings (id) VALUES (2)').run()).toThrow(/CHECK/);
    const plan = (
      d
        .prepare('EXPLAIN QUERY PLAN SELECT id FROM stations WHERE cert_fingerprint = ?')
        .all('AA:BB') as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' ');
    expect(plan).toMatch(/USING INDEX sqlite_autoindex_stations/);
  });

  it('020 branch outbox: one identity row, an append-only numbered outbox, sharing off', () => {
    const d = upTo(20);
    expect(tables(d)).toEqual(
      expect.arrayContaining(['branch_identity', 'outbox', 'outbox_pushed']),
    );
    expect(
      d
        .prepare("SELECT value FROM settings WHERE key = 'headOffice.sharePersonalData'")
        .pluck()
        .get(),
    ).toBe('false');
    const identity = d.prepare(
      `INSERT INTO branch_identity (id, site_id, private_key_pem, public_key_pem, created_at)
       VALUES (?, 's', 'k', 'p', 0)`,
    );
    identity.run(1);
    expect(() => identity.run(2)).toThrow(/CHECK/);
    const add = d.prepare(
      `INSERT INTO outbox (seq, kind, business_date, created_at, body_json, hash, signature)
       VALUES (?, ?, NULL, 0, '{}', 'h', 's')`,
    );
    add.run(1, 'handover');
    expect(() => add.run(1, 'complaint')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run(0, 'complaint')).toThrow(/CHECK/);
    expect(() => add.run(2, 'gossip')).toThrow(/CHECK/);
    expect(() => d.prepare("UPDATE outbox SET hash = 'x'").run()).toThrow(/append-only/);
    expect(() => d.prepare('DELETE FROM outbox').run()).toThrow(/append-only/);
    const pushed = d.prepare('INSERT INTO outbox_pushed (seq, pushed_at, via) VALUES (?, 0, ?)');
    pushed.run(1, 'pg');
    expect(() => pushed.run(1, 'file')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => pushed.run(5, 'pg')).toThrow(/FOREIGN KEY/);
    const plan = (
      d
        .prepare(
          "EXPLAIN QUERY PLAN SELECT max(business_date) FROM outbox WHERE kind = 'dayFigures'",
        )
        .all() as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' ');
    expect(plan).toMatch(/outbox_kind_day/);
  });

  it('021 head office config: one row at most, checked port and outcome, none at first', () => {
    const d = upTo(21);
    expect(tables(d)).toEqual(expect.arrayContaining(['head_office_config']));
    expect(d.prepare('SELECT count(*) FROM head_office_config').pluck().get()).toBe(0);
    const add = d.prepare('INSERT INTO head_office_config (id, port) VALUES (?, ?)');
    add.run(1, 5432);
    expect(() => add.run(2, 5432)).toThrow(/CHECK/);
    expect(() => d.prepare('UPDATE head_office_config SET port = 0').run()).toThrow(/CHECK/);
    expect(() => d.prepare("UPDATE head_office_config SET last_outcome = 'maybe'").run()).toThrow(
      /CHECK/,
    );
    expect(d.prepare('SELECT database, password, ca_pem FROM head_office_config').get()).toEqual({
      database: 'deskbook',
      password: '',
      ca_pem: null,
    });
  });

  it('022 hq config: one row at most, 32-byte keys, checked port and outcome, none at first', () => {
    const d = upTo(22);
    expect(tables(d)).toEqual(expect.arrayContaining(['hq_config']));
    expect(d.prepare('SELECT count(*) FROM hq_config').pluck().get()).toBe(0);
    const add = d.prepare(
      'INSERT INTO hq_config (id, port, box_public_key, box_private_key, created_at) VALUES (?, ?, ?, ?, 0)',
    );
    const key = Buffer.alloc(32, 7);
    expect(() => add.run(1, 5432, Buffer.alloc(31), key)).toThrow(/CHECK/);
    add.run(1, 5432, key, key);
    expect(() => add.run(2, 5432, key, key)).toThrow(/CHECK/);
    expect(() => d.prepare('UPDATE hq_config SET port = 70000').run()).toThrow(/CHECK/);
    expect(() => d.prepare("UPDATE hq_config SET last_outcome = 'maybe'").run()).toThrow(/CHECK/);
    expect(d.prepare('SELECT database, role_name, password FROM hq_config').get()).toEqual({
      database: 'deskbook',
      role_name: 'deskbook_ho',
      password: '',
    });
  });

  it('009 backups keeps a history of backups, drills and restores with checked values', () => {
    const d = upTo(9);
    expect(tables(d)).toEqual(expect.arrayContaining(['backup_runs']));
    d.prepare(
      `INSERT INTO backup_runs (id, at, kind, trigger, target, outcome)
       VALUES ('b1', 0, 'backup', 'manual', 'local', 'ok')`,
    ).run();
    expect(() =>
      d
        .prepare("INSERT INTO backup_runs (id, at, kind, outcome) VALUES ('b2', 0, 'x', 'ok')")
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      d
        .prepare("INSERT INTO backup_runs (id, at, kind, outcome) VALUES ('b3', 0, 'drill', 'meh')")
        .run(),
    ).toThrow(/CHECK/);
  });
});
