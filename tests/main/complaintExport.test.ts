import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportDirOf } from '../helpers/testVault';
import { at, complaintDesk, seedCase } from '../helpers/complaintFixtures';
import { xlsxText as fileText } from '../helpers/xlsxParts';

const NOW = at('2026-11-23', 15);
const NOTE = '教练王某态度恶劣，已口头警告';

/** Three cases (two service, one hygiene), an internal note on the first. */
function exportDesk() {
  const v = complaintDesk(NOW);
  const db = v.db();
  const owner = v.staffId('reception');
  const first = seedCase(db, { receivedAt: at('2026-11-23', 10), ownerId: owner });
  seedCase(db, { receivedAt: at('2026-11-23', 11), ownerId: owner, summary: '淋浴水温忽冷忽热' });
  seedCase(db, {
    receivedAt: at('2026-11-23', 12),
    ownerId: owner,
    category: 'hygiene',
    summary: '泳池边有头发',
  });
  db.prepare(
    `INSERT INTO complaint_internal_notes (id, complaint_id, at, by_staff, body)
     VALUES ('note-1', ?, ?, ?, ?)`,
  ).run(first, NOW, v.staffId('supervisor'), NOTE);
  return v;
}

async function exportAs(v: ReturnType<typeof exportDesk>, who: 'duty' | 'supervisor', input = {}) {
  const job = v.ok('complaints.export', input, v.as(who));
  expect(job).toMatchObject({ kind: 'complaints.export', state: 'running' });
  const end = await v.core.jobs.whenEnded(job.id);
  expect(end.state).toBe('done');
  const file = readFileSync(join(exportDirOf(v.dir), end.result!.fileName!));
  return { file, rows: (await readSheet(file)) as unknown as string[][] };
}

describe('complaints.export', () => {
  it("a supervisor's file has the internal notes; a duty manager's has no trace of them", async () => {
    const v = exportDesk();
    const sup = await exportAs(v, 'supervisor');
    expect(sup.rows[0]).toContain('内部备注');
    expect(fileText(sup.file)).toContain(NOTE);
    const duty = await exportAs(v, 'duty');
    expect(duty.rows).toHaveLength(4);
    expect(duty.rows[0]).not.toContain('内部备注');
    const text = fileText(duty.file);
    expect(text).toContain('更衣柜门坏了没人修');
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain('内部备注');
  });

  it('writes the filtered cases, newest first, in Chinese words', async () => {
    const v = exportDesk();
    const { rows } = await exportAs(v, 'duty', { category: 'service' });
    expect(rows.map((r) => r[15])).toEqual(['投诉内容', '淋浴水温忽冷忽热', '更衣柜门坏了没人修']);
    expect(rows[1]).toEqual(expect.arrayContaining(['电话', '服务', '待处理', '王芳', '李女士']));
    // Typed cells: the received time is a date (the desk's wall clock), reopenings a number.
    const received = at('2026-11-23', 11);
    const wall = received - new Date(received).getTimezoneOffset() * 60_000;
    const cell = rows[1]![9] as unknown as Date;
    expect(Math.round(cell.getTime() / 60_000) * 60_000).toBe(wall);
    expect(rows[1]![20]).toBe(0);
    // Searching the internal note finds nothing for a duty manager.
    const search = await exportAs(v, 'duty', { query: '态度恶劣' });
    expect(search.rows).toHaveLength(1);
    const found = await exportAs(v, 'supervisor', { query: '态度恶劣' });
    expect(found.rows).toHaveLength(2);
  });

  it('is audited without the search text, and refused to the desk', async () => {
    const v = exportDesk();
    await exportAs(v, 'duty', { query: '李女士' });
    const details = v
      .db()
      .prepare("SELECT detail FROM audit_log WHERE action LIKE 'complaints.export%' ORDER BY seq")
      .pluck()
      .all() as string[];
    expect(details).toHaveLength(2);
    expect(details.join()).not.toContain('李女士');
    expect(JSON.parse(details[0]!)).toMatchObject({ query: true, internalNotes: false });
    const r = v.call('complaints.export', {}, v.as('reception'));
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });

  it('can be cancelled before the file is written; nothing is left behind', async () => {
    const v = exportDesk();
    const job = v.ok('complaints.export', {}, v.as('supervisor'));
    v.ok('jobs.cancel', { id: job.id }, v.as('supervisor'));
    const end = await v.core.jobs.whenEnded(job.id);
    expect(end.state).toBe('cancelled');
    expect(readdirSync(exportDirOf(v.dir))).toEqual([]);
  });
});
