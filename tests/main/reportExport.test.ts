import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportDirOf } from '../helpers/testVault';
import { seededMonth, type SeededMonth } from '../helpers/reportFixtures';

const NOVEMBER = { kind: 'month', from: '2026-11-01' } as const;

async function exported(v: SeededMonth, format: 'xlsx' | 'csv') {
  const { jobId } = v.ok('reports.export', { period: NOVEMBER, format }, v.as('supervisor'));
  const end = await v.core.jobs.whenEnded(jobId);
  expect(end.error).toBeNull();
  expect(end.state).toBe('done');
  return readFileSync(join(exportDirOf(v.dir), end.result!.fileName!));
}

async function built(v: SeededMonth) {
  const { jobId } = v.ok('reports.build', NOVEMBER, v.as('supervisor'));
  await v.core.jobs.whenEnded(jobId);
  return v.ok('reports.result', { jobId }, v.as('supervisor'));
}

describe('reports.export', () => {
  it('writes an Excel file whose sheets carry the report as typed cells, in the site language', async () => {
    const v = seededMonth();
    const view = await built(v);
    const sheets = await readXlsxFile(await exported(v, 'xlsx'));
    const byName = new Map(sheets.map((s) => [s.sheet, s.data]));
    expect([...byName.keys()]).toEqual([
      '汇总',
      '每日入场',
      '入场热力图',
      '在场人数',
      '顾问转化',
      '售卡',
      '投诉',
      '现金',
    ]);
    const summary = byName.get('汇总')!;
    expect(summary[0]).toEqual(['项目', '本期', '上期', '变化']);
    const row = (name: string) => summary.find((r) => r[0] === name)!;
    expect(row('入场人次')).toEqual([
      '入场人次',
      view.current.checkIns.gender.total,
      1,
      (view.current.checkIns.gender.total - 1) / 1,
    ]);
    expect(row('新投诉')[1]).toBe(view.current.complaints.opened);
    const days = byName.get('每日入场')!;
    expect(days).toHaveLength(31);
    // A date cell, read back as a Date of that calendar day.
    expect((days[30]![0] as unknown as Date).toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(days[30]![1]).toBe(5);
    expect(byName.get('入场热力图')![1]!.slice(1)).toEqual(view.current.checkIns.heat[0]);
    expect(byName.get('顾问转化')![1]).toEqual([
      '刘洋',
      expect.any(Number),
      expect.any(Number),
      1,
      expect.any(Number),
    ]);
    // Money in yuan with the ¥ format: cash takings of the month.
    expect(byName.get('现金')![1]).toEqual(['现金收入', view.current.cash.takingsCents / 100, 0]);
    expect(byName.get('投诉')!.slice(1)).toEqual([
      ['服务', 2],
      ['卫生', 1],
    ]);
  });

  it('CSV is one file of sections; the export is audited and refused to the desk', async () => {
    const v = seededMonth();
    const text = (await exported(v, 'csv')).toString('utf8');
    expect(text.startsWith('\uFEFF汇总\r\n项目,本期,上期,变化\r\n')).toBe(true);
    expect(text).toContain('现金收入,');
    const audit = v
      .db()
      .prepare(
        "SELECT action, detail FROM audit_log WHERE action LIKE 'reports.export%' ORDER BY seq",
      )
      .all() as { action: string; detail: string }[];
    expect(audit.map((a) => a.action)).toEqual(['reports.export', 'reports.export.end']);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({
      kind: 'month',
      from: '2026-11-01',
      format: 'csv',
    });
    const r = v.call('reports.export', { period: NOVEMBER, format: 'xlsx' }, v.as('reception'));
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    const bad = v.call(
      'reports.export',
      { period: { kind: 'range', from: '2024-01-01', to: '2026-11-30' }, format: 'xlsx' },
      v.as('supervisor'),
    );
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: 'VALIDATION',
      fields: { 'period.to': 'invalid' },
    });
  });

  it('can be cancelled before the file is written; nothing is left behind', async () => {
    const v = seededMonth();
    const { jobId } = v.ok(
      'reports.export',
      { period: NOVEMBER, format: 'xlsx' },
      v.as('supervisor'),
    );
    v.ok('jobs.cancel', { id: jobId }, v.as('supervisor'));
    expect((await v.core.jobs.whenEnded(jobId)).state).toBe('cancelled');
    expect(readdirSync(exportDirOf(v.dir))).toEqual([]);
  });
});
