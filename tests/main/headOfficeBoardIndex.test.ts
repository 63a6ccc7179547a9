import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDOVERS_PER_DAY_SQL, PERIOD_FIGURES_SQL } from '../../electron/headOffice/boardQueries';
import { freshHeadOffice } from '../helpers/headOfficeFixtures';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';

const MONTH = ['2026-06-01', '2026-07-01'];

// Migration 003: the board's month reads are an index scan of that month only.
describe('head office board index (migration 003)', { timeout: 60_000 }, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('replaces (kind, business_date) with (kind, business_date, site_id)', async () => {
    const office = await freshHeadOffice(cluster);
    const r = await office.owner.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'bundles' ORDER BY indexname`,
    );
    const names = r.rows.map((x) => x.indexname);
    expect(names).toContain('bundles_kind_date_site');
    expect(names).not.toContain('bundles_kind_date');
    expect(r.rows.find((x) => x.indexname === 'bundles_kind_date_site')!.indexdef).toMatch(
      /\(kind, business_date, site_id\)/,
    );
  });

  it('the board reads a month through a range of it', async () => {
    const office = await freshHeadOffice(cluster);
    const sites: string[] = [];
    for (let i = 0; i < 4; i += 1) sites.push((await office.enrol(`分店 ${i}`)).siteId);
    // A year and a half per branch, five bundles a day (what the branch side sends); the
    // rows need not be signed for a plan, so the owner writes them in one statement.
    await office.owner.query(
      `INSERT INTO bundles (site_id, seq, hash, kind, business_date, created_at, body, signature)
       SELECT s.site, (d * 5 + k + 1), repeat('a', 64),
              (ARRAY['handover','handover','dayFigures','auditHead','backupStatus'])[k + 1],
              DATE '2025-12-01' + d, 0,
              jsonb_build_object('figures', jsonb_build_object('cash',
                jsonb_build_object('takingsCents', 100), 'pad', repeat('x', 400))),
              'sig'
         FROM unnest($1::uuid[]) AS s(site), generate_series(0, 540) AS d,
              generate_series(0, 4) AS k`,
      [sites],
    );
    await office.owner.query('VACUUM ANALYZE bundles');
    const plan = async (sql: string) =>
      (await office.ho.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${sql}`, MONTH)).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
    for (const sql of [HANDOVERS_PER_DAY_SQL, PERIOD_FIGURES_SQL]) {
      const text = await plan(sql);
      // a range of the new index (index-only or bitmap, by table size), never a whole index
      expect(text).toMatch(/Index (Only )?Scan (using|on) bundles_kind_date_site/);
      expect(text).toMatch(/Index Cond: \(\(kind = '\w+'::text\) AND \(business_date >=/);
      expect(text).not.toMatch(/bundles_site_kind_date|Seq Scan/);
    }
    const grid = await office.ho.query(HANDOVERS_PER_DAY_SQL, MONTH);
    expect(grid.rowCount).toBe(4 * 30);
    expect(grid.rows.every((row) => Number(row.handovers) === 2)).toBe(true);
    const figures = await office.ho.query(PERIOD_FIGURES_SQL, MONTH);
    expect(figures.rows.map((row) => [Number(row.days), Number(row.takings_cents)])).toEqual(
      sites.map(() => [30, 3000]),
    );
  });
});
