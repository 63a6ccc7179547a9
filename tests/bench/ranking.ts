/**
 * Search that ranks (issue 11): for the people likely at the desk (a check-in in the last
 * 7 days), how often the app's own search puts them first and in the top 10, per kind of
 * query a receptionist types. A report, not a test.
 */
import type { ClientColumns } from '../../electron/features/clients/clientQueries';
import { searchClientIds, searchTerms } from '../../electron/features/clients/clientSearch';
import { join } from 'node:path';
import { migrate } from '../../electron/db/migrate';
import type { Db } from '../../electron/db/types';
import { generateClients } from './data';
import { insertStaff, openPlain, seedClients, settle } from './databases';
import { seedCheckIns } from './desk';
import { Random } from './random';
import { formatTable } from './table';

const DAY_MS = 86_400_000;

const fullForm = (name: string, prefix: 'fy:' | 'fi:') =>
  searchTerms({ name, name_latin: null, card_number: null, phones: '[]', contacts: '[]' })
    .find((t) => t.startsWith(prefix))
    ?.slice(prefix.length);

const firstPhone = (row: ClientColumns) => (JSON.parse(row.phones) as string[])[0] ?? '';

const KINDS: { label: string; queryOf: (r: ClientColumns) => string | undefined }[] = [
  { label: 'name, full', queryOf: (r) => r.name },
  { label: 'pinyin, full', queryOf: (r) => fullForm(r.name, 'fy:') },
  {
    label: 'initials, two letters',
    queryOf: (r) => {
      const i = fullForm(r.name, 'fi:');
      return i?.length === 2 ? i : undefined;
    },
  },
  {
    label: 'initials, three letters',
    queryOf: (r) => {
      const i = fullForm(r.name, 'fi:');
      return i?.length === 3 ? i : undefined;
    },
  },
  { label: 'phone, last four', queryOf: (r) => firstPhone(r).slice(-4) || undefined },
  { label: 'card, last four', queryOf: (r) => r.card_number?.slice(-4) },
];

/**
 * The top-10 share no ranking blind to the target can beat: every recent visitor a query fits
 * is equally likely the one drawn, so with n of them the best is min(1, 10 / n).
 */
function ceilingOf(eligible: readonly ClientColumns[], queryOf: (r: ClientColumns) => string) {
  const sharing = new Map<string, number>();
  for (const c of eligible) sharing.set(queryOf(c), (sharing.get(queryOf(c)) ?? 0) + 1);
  return (q: string) => Math.min(1, 10 / sharing.get(q)!);
}

export function benchRanking(
  db: Db,
  clients: readonly ClientColumns[],
  now: number,
  seed: number,
): void {
  const recent = new Set(
    db
      .prepare('SELECT client_id FROM client_visits WHERE last_at >= ?')
      .pluck()
      .all(now - 7 * DAY_MS) as string[],
  );
  const pool = clients.filter((c) => c.kind === 'person' && recent.has(c.id));
  console.log(
    `\nSearch ranking among ${clients.length.toLocaleString('en-US')} files: targets drawn from ` +
      `the ${pool.length.toLocaleString('en-US')} people with a check-in in the last 7 days; ` +
      '500 queries per kind, limit 20:',
  );
  const rows = KINDS.map((kind, k) => {
    const rng = new Random(seed + k);
    const eligible = pool.filter((c) => kind.queryOf(c) !== undefined);
    const ceiling = ceilingOf(eligible, (c) => kind.queryOf(c)!);
    let first = 0;
    let top10 = 0;
    let best = 0;
    let n = 0;
    for (let i = 0; i < 500 && eligible.length; i += 1) {
      const target = rng.pick(eligible);
      const q = kind.queryOf(target)!;
      const ids = searchClientIds(db, q, 20, now);
      const at = ids.indexOf(target.id);
      if (at === 0) first += 1;
      if (at >= 0 && at < 10) top10 += 1;
      best += ceiling(q);
      n += 1;
    }
    const pct = (x: number) => (n ? `${((100 * x) / n).toFixed(1)} %` : '–');
    return [kind.label, String(n), pct(first), pct(top10), pct(best)];
  });
  console.log(formatTable(['kind', 'queries', 'first', 'top 10', 'top 10 ceiling'], rows));
  console.log(
    'ceiling: the best top-10 share any ranking blind to the target can reach, every recent ' +
      'visitor a query fits being equally likely the one drawn (min(1, 10 / their number)).',
  );
  console.log(
    'Target: ≥ 80 % in the top 10 for two-letter initials and the last four phone digits.',
  );
}

/**
 * The same table among `files` files (the issue states its figures at 20,000), with as many
 * past check-ins per file as the main run, on a plain database in `dir`: ranking does not
 * depend on the cipher.
 */
export function benchRankingAt(
  dir: string,
  files: number,
  checkIns: number,
  now: number,
  seed: number,
): void {
  const db = openPlain(join(dir, `ranking-${files}.db`));
  try {
    migrate(db);
    const clients = generateClients(files, seed, insertStaff(db, now));
    seedClients(db, clients, 5_000, () => {});
    seedCheckIns(db, clients, checkIns, now, seed + 3000);
    settle(db);
    benchRanking(db, clients, now, seed + 6000);
  } finally {
    db.close();
  }
}
