import type { Db } from '../../electron/db/types';

export interface StatementCall {
  sql: string;
  args: unknown[];
}

const RUNS = new Set(['all', 'get', 'run', 'iterate']);

/**
 * Runs `work` against a stand-in for `db` that notes every statement executed and its
 * arguments, so the plans shown are those of the app's own SQL, not a copy of it.
 */
export function recordStatements(db: Db, work: (db: Db) => void): StatementCall[] {
  const calls: StatementCall[] = [];
  const wrap = <T extends object>(stmt: T, sql: string): T => {
    const proxy: T = new Proxy(stmt, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (typeof prop === 'string' && RUNS.has(prop)) calls.push({ sql, args });
          const out: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          return out === target ? proxy : out;
        };
      },
    });
    return proxy;
  };
  const spy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => wrap(target.prepare(sql), sql);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  work(spy);
  return calls;
}

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** EXPLAIN QUERY PLAN as an indented tree. */
export function queryPlan(db: Db, call: StatementCall): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${call.sql}`).all(...call.args) as PlanRow[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? 0) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d)}${r.detail}`;
  });
}

export const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();
