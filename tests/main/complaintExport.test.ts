import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportDirOf } from '../helpers/testVault';
import { at, complaintDesk, seedCase } from '../helpers/complaintFixtures';

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

/** Every XML part of the file, inflated: what anyone opening the file could read. */
function fileText(zip: Buffer): string {
  const parts: string[] = [];
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const size = zip.readUInt32LE(at + 18);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    parts.push(inflateRawSync(zip.subarray(start, start + size)).toString('utf8'));
    at = start + size;
  }
  return parts.join('\n');
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
