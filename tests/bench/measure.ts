import {
  clientsByIds,
  getClient,
  type ClientColumns,
} from '../../electron/features/clients/clientQueries';
import type { Db } from '../../electron/db/types';
import {
  probesFor,
  searchClientIds,
  searchTerms,
} from '../../electron/features/clients/clientSearch';
import { fileOf, summaryOf } from '../../electron/features/clients/clientViews';
import { NOW, TODAY } from './data';
import { Random } from './random';

export interface Query {
  /** What is typed at the desk, or the id of the file to open. */
  text: string;
  /** The file the query was drawn from. */
  targetId: string;
}

export interface Kind {
  label: string;
  /** Desk search (held to the 10 ms target) or opening a file. */
  search: boolean;
  /** Files a query of this kind can be drawn from. */
  eligible: (row: ClientColumns) => boolean;
  queryOf: (row: ClientColumns) => string;
}

const firstPhone = (row: ClientColumns) => (JSON.parse(row.phones) as string[])[0] ?? '';
const isPerson = (row: ClientColumns) => row.kind === 'person';
const hasCard = (row: ClientColumns) => row.card_number !== null;

/** The app's own pinyin for a name: the first y: / i: term is the whole name. */
function pinyinTerm(name: string, prefix: 'y:' | 'i:'): string {
  const terms = searchTerms({
    name,
    name_latin: null,
    card_number: null,
    phones: '[]',
    contacts: '[]',
  });
  return terms.find((t) => t.startsWith(prefix))!.slice(prefix.length);
}

export const KINDS: Kind[] = [
  { label: 'card number, exact', search: true, eligible: hasCard, queryOf: (r) => r.card_number! },
  {
    label: 'card number, 5-char prefix',
    search: true,
    eligible: hasCard,
    queryOf: (r) => r.card_number!.slice(0, 5),
  },
  { label: 'phone, full', search: true, eligible: () => true, queryOf: firstPhone },
  {
    label: 'phone, last four',
    search: true,
    eligible: () => true,
    queryOf: (r) => firstPhone(r).slice(-4),
  },
  { label: 'name, full', search: true, eligible: isPerson, queryOf: (r) => r.name },
  {
    label: 'name, surname + 1st char',
    search: true,
    eligible: (r) => isPerson(r) && [...r.name].length === 3,
    queryOf: (r) => [...r.name].slice(0, 2).join(''),
  },
  {
    label: 'pinyin, full',
    search: true,
    eligible: isPerson,
    queryOf: (r) => pinyinTerm(r.name, 'y:'),
  },
  {
    label: 'pinyin initials',
    search: true,
    eligible: isPerson,
    queryOf: (r) => pinyinTerm(r.name, 'i:'),
  },
  { label: 'open a file', search: false, eligible: () => true, queryOf: (r) => r.id },
];

/** `count` queries of a kind, drawn at random (fixed seed) from the seeded files. */
export function drawQueries(
  kind: Kind,
  rows: readonly ClientColumns[],
  count: number,
  seed: number,
): Query[] {
  const pool = rows.filter(kind.eligible);
  const rng = new Random(seed);
  return Array.from({ length: count }, () => {
    const row = rng.pick(pool);
    return { text: kind.queryOf(row), targetId: row.id };
  });
}

/** What clients.search does for a receptionist. */
export function deskSearch(db: Db, q: string): string[] {
  const ids = searchClientIds(db, q, 20, NOW);
  const rows = clientsByIds(db, ids);
  return rows.map((row) => summaryOf(row, 'receptionist', TODAY).id);
}

/** What clients.get does for a supervisor once access is granted. */
export function openFile(db: Db, id: string): string[] {
  const row = getClient(db, id);
  return row ? [fileOf(db, row, 'supervisor', TODAY).id] : [];
}

export interface Timing {
  /** Milliseconds per query, in query order. */
  ms: number[];
  /** Results returned per query, and whether the target file was among them. */
  rows: number;
  hits: number;
}

function timeOne(db: Db, kind: Kind, q: Query, out: Timing): void {
  const start = process.hrtime.bigint();
  const ids = kind.search ? deskSearch(db, q.text) : openFile(db, q.text);
  const end = process.hrtime.bigint();
  out.ms.push(Number(end - start) / 1e6);
  out.rows += ids.length;
  if (ids.includes(q.targetId)) out.hits += 1;
}

const emptyTiming = (): Timing => ({ ms: [], rows: 0, hits: 0 });

/**
 * Runs the warm-up, then the measured queries on both databases in alternating blocks of
 * 100 (which goes first alternates too), so drift on a busy machine hits both alike.
 */
export function measureKind(
  kind: Kind,
  dbs: { encrypted: Db; plain: Db },
  warmup: readonly Query[],
  queries: readonly Query[],
): { encrypted: Timing; plain: Timing } {
  const scratch = emptyTiming();
  for (const q of warmup) {
    timeOne(dbs.encrypted, kind, q, scratch);
    timeOne(dbs.plain, kind, q, scratch);
  }
  const result = { encrypted: emptyTiming(), plain: emptyTiming() };
  const BLOCK = 100;
  for (let b = 0; b * BLOCK < queries.length; b += 1) {
    const block = queries.slice(b * BLOCK, (b + 1) * BLOCK);
    const order =
      b % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
    for (const which of order) for (const q of block) timeOne(dbs[which], kind, q, result[which]);
  }
  return result;
}

/** Index probes searchClientIds would make at most for these queries, on average. */
export function meanProbes(kind: Kind, queries: readonly Query[]): number | null {
  if (!kind.search) return null;
  return queries.reduce((sum, q) => sum + probesFor(q.text).flat().length, 0) / queries.length;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}
