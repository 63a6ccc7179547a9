import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../shared/contract';
import type { ChannelDef } from '../../shared/contract/define';
import type { Result } from '../../shared/contract/result';
import type { Db } from '../../electron/db/types';
import { frontDesk } from '../helpers/deskFixtures';
import { jsonSchemaOf, mutated, validish } from '../helpers/schemaArbitrary';

/**
 * Every contract channel gets generated input: broken values must be VALIDATION naming a
 * field with nothing written; values of the right shape may succeed or fail, but never
 * INTERNAL, and a refusal keeps only what a refusal is meant to keep. The seed is fixed so
 * a failure reproduces; FUZZ_SEED tries another.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 24);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const ADMIN_DESK = 'desk-admin';

/**
 * What a refusal may write: its audit row, the wrong-PIN counter, the access record, and a
 * failed recovery drill's line in the backup history.
 */
const REFUSAL_WRITES = new Set(['audit_log', 'staff', 'file_access', 'backup_runs']);

function tableHashes(db: Db, skip: Set<string> = new Set()): Record<string, string> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables
      .filter((t) => !skip.has(t))
      .map((t) => {
        const rows = db.prepare(`SELECT * FROM "${t}"`).all();
        return [t, createHash('sha256').update(JSON.stringify(rows)).digest('hex')];
      }),
  );
}

function allIds(db: Db): string[] {
  const tables = db
    .prepare(
      `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
       WHERE m.type = 'table' AND c.name = 'id'`,
    )
    .pluck()
    .all() as string[];
  return tables.flatMap((t) =>
    (db.prepare(`SELECT id FROM "${t}" LIMIT 20`).pluck().all() as unknown[]).map(String),
  );
}

type Desk = ReturnType<typeof frontDesk>;

/** Signed in as admin, unlocked and unlocked-out, whatever the last call did. */
function keepAdminIn(v: Desk): void {
  v.core.db!.prepare('UPDATE staff SET failed_attempts = 0, locked_until = NULL').run();
  const s = v.call('session.get', undefined, ADMIN_DESK);
  if (s.ok && s.data && !s.data.locked) return;
  if (s.ok && s.data?.locked) v.ok('auth.unlock', { pin: '246810' }, ADMIN_DESK);
  else v.login('admin', '246810', ADMIN_DESK);
}

function describeFailure(channel: string, input: unknown, r: Result<unknown>): string {
  const shown = JSON.stringify(input, (_k, x: unknown) =>
    typeof x === 'bigint'
      ? `${x}n`
      : typeof x === 'string' && x.length > 60
        ? `${x.slice(0, 60)}…`
        : x,
  );
  return `${channel} ${shown?.slice(0, 400)} → ${JSON.stringify(r)}`;
}

function fuzzBroken(v: Desk, name: ChannelName, ids: string[]): void {
  const def = contract[name] as ChannelDef;
  const schema = jsonSchemaOf(def.input);
  fc.assert(
    fc.property(mutated(schema, ids), (input) => {
      if (def.input.safeParse(input).success) return; // the mutation happened to be valid
      const before = tableHashes(v.core.db!);
      const r = v.call(name, input as never, ADMIN_DESK);
      const why = describeFailure(name, input, r);
      expect(r.ok, why).toBe(false);
      if (r.ok) return;
      expect(r.error.code, why).toBe('VALIDATION');
      expect(Object.keys(r.error.fields ?? {}).length, why).toBeGreaterThan(0);
      expect(tableHashes(v.core.db!), why).toEqual(before);
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

function fuzzShaped(v: Desk, name: ChannelName, ids: string[]): void {
  const def = contract[name] as ChannelDef;
  const schema = jsonSchemaOf(def.input);
  fc.assert(
    fc.property(validish(schema, ids), (input) => {
      keepAdminIn(v);
      const before = tableHashes(v.core.db!, REFUSAL_WRITES);
      const r = v.call(name, input as never, ADMIN_DESK);
      const why = describeFailure(name, input, r);
      if (r.ok) return;
      expect(r.error.code, why).not.toBe('INTERNAL');
      if (r.error.code === 'VALIDATION')
        expect(Object.keys(r.error.fields ?? {}).length, why).toBeGreaterThan(0);
      expect(tableHashes(v.core.db!, REFUSAL_WRITES), why).toEqual(before);
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

const groups = [...new Set(channelNames.map((n) => n.split('.')[0]!))];

describe('fuzzing every contract channel', () => {
  it('covers the whole contract', () => {
    expect(groups.flatMap((g) => channelNames.filter((n) => n.startsWith(`${g}.`)))).toHaveLength(
      channelNames.length,
    );
  });

  it.each(groups)('%s.*: broken input is VALIDATION naming a field and writes nothing', (g) => {
    const v = frontDesk();
    const ids = allIds(v.core.db!);
    for (const name of channelNames.filter((n) => n.startsWith(`${g}.`))) fuzzBroken(v, name, ids);
  });

  it.each(groups)('%s.*: input of the right shape never gets INTERNAL', (g) => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const ids = allIds(v.core.db!);
    for (const name of channelNames.filter((n) => n.startsWith(`${g}.`))) fuzzShaped(v, name, ids);
  });
});
