import { pinyin } from 'pinyin-pro';
import type { ClientContact } from '../../../shared/contract/clientViews';
import { phoneDigits } from '../../../shared/domain/phone';
import { visibleClient, type ClientColumns } from './clientQueries';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../db/types';

/**
 * Term prefixes of the search index. c: card, d: card reversed (found by its last digits),
 * p: phone digits, q: last four digits, n: name text, y: pinyin, i: pinyin initials (suffixes
 * of each, so 王伟芳 also has i:wf), and for the file's own name only the whole forms fn:,
 * fy:, fi: (so "wf" finds 王芳 before 王伟芳). A query is a range scan per prefix.
 */
const CJK = /[\u3400-\u9fff]/;
const MAX_SUFFIXES = 12;

function suffixes(parts: string[]): string[] {
  return parts.slice(0, MAX_SUFFIXES).map((_, i) => parts.slice(i).join(''));
}

function nameTerms(name: string): string[] {
  const text = name.toLowerCase().replace(/\s+/g, '');
  if (!text) return [];
  const terms = suffixes([...text]).map((s) => `n:${s}`);
  for (const word of name
    .toLowerCase()
    .split(/[\s·.,-]+/)
    .filter(Boolean))
    terms.push(`n:${word}`);
  if (CJK.test(name)) {
    const han = [...name].filter((ch) => CJK.test(ch)).join('');
    const syllables = pinyin(han, { toneType: 'none', type: 'array', surname: 'head' });
    terms.push(...suffixes(syllables).map((s) => `y:${s}`));
    terms.push(...suffixes(syllables.map((s) => s[0] ?? '')).map((s) => `i:${s}`));
  }
  return terms;
}

/** "刘洋" → "liuyang ly": what a picker in the renderer matches typed pinyin against. */
export function namePinyin(name: string): string {
  const han = [...name].filter((ch) => CJK.test(ch)).join('');
  if (!han) return '';
  const syllables = pinyin(han, { toneType: 'none', type: 'array', surname: 'head' });
  return `${syllables.join('')} ${syllables.map((s) => s[0] ?? '').join('')}`;
}

/** The whole name, pinyin and initials: the strongest name matches. */
function fullTerms(name: string): string[] {
  const text = name.toLowerCase().replace(/\s+/g, '');
  if (!text) return [];
  const terms = [`fn:${text}`];
  if (CJK.test(name)) {
    const han = [...name].filter((ch) => CJK.test(ch)).join('');
    const syllables = pinyin(han, { toneType: 'none', type: 'array', surname: 'head' });
    terms.push(`fy:${syllables.join('')}`, `fi:${syllables.map((s) => s[0] ?? '').join('')}`);
  }
  return terms;
}

const reversed = (s: string) => [...s].reverse().join('');

function phoneTerms(phone: string): string[] {
  // An extension is not part of the number a person types to find someone.
  const digits = phoneDigits(phone) ?? phone.replace(/\D/g, '');
  return digits.length >= 4 ? [`p:${digits}`, `q:${digits.slice(-4)}`] : [];
}

export function searchTerms(
  c: Pick<ClientColumns, 'name' | 'name_latin' | 'card_number' | 'phones' | 'contacts'>,
): string[] {
  const terms = [...nameTerms(c.name), ...nameTerms(c.name_latin ?? '')];
  terms.push(...fullTerms(c.name), ...fullTerms(c.name_latin ?? ''));
  if (c.card_number) {
    const card = c.card_number.toLowerCase();
    terms.push(`c:${card}`, `d:${reversed(card)}`);
  }
  for (const phone of JSON.parse(c.phones) as string[]) terms.push(...phoneTerms(phone));
  for (const contact of JSON.parse(c.contacts) as ClientContact[]) {
    terms.push(...nameTerms(contact.name));
    if (contact.phone) terms.push(...phoneTerms(contact.phone));
  }
  return [...new Set(terms)];
}

/** Pinyin of the name (Latin text as it is), so lists sort the way people look for names. */
export function sortKeyOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function reindexClient(db: Db, id: string, c: Parameters<typeof searchTerms>[0]): void {
  db.prepare('DELETE FROM client_search WHERE client_id = ?').run(id);
  db.prepare('UPDATE clients SET sort_key = ? WHERE id = ?').run(sortKeyOf(c.name), id);
  const insert = db.prepare('INSERT OR IGNORE INTO client_search (term, client_id) VALUES (?, ?)');
  for (const term of searchTerms(c)) insert.run(term, id);
}

type Probe = { exact: string } | { prefix: string };

/**
 * What a query can mean, as tiers of match quality, best first: exact card or phone; the
 * whole name, initials or pinyin; a whole form starting with the query (surname first);
 * then any part (a given name's initials, a name's suffix, a card's last digits).
 */
export function probesFor(query: string): Probe[][] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  if (/^\d+$/.test(q)) {
    const ends: Probe[] = q.length === 4 ? [{ exact: `q:${q}` }] : [];
    if (q.length >= 3) ends.push({ prefix: `d:${reversed(q)}` });
    const starts: Probe[] = [{ prefix: `c:${q}` }];
    if (q.length >= 3) starts.push({ prefix: `p:${q}` });
    return [[{ exact: `c:${q}` }, { exact: `p:${q}` }], ends, starts].filter((t) => t.length);
  }
  if (CJK.test(q)) return [[{ exact: `fn:${q}` }], [{ prefix: `fn:${q}` }], [{ prefix: `n:${q}` }]];
  return [
    [{ exact: `c:${q}` }],
    [{ exact: `fn:${q}` }, { exact: `fi:${q}` }, { exact: `fy:${q}` }],
    [{ prefix: `fi:${q}` }, { prefix: `fy:${q}` }, { prefix: `fn:${q}` }],
    [{ prefix: `i:${q}` }, { prefix: `y:${q}` }, { prefix: `n:${q}` }, { prefix: `c:${q}` }],
  ];
}

/**
 * Candidates one probe of a strong tier reads at most: a bounded range scan, then ranked in
 * memory. The last, broadest tier (any part, or a number's start) reads only `limit` per
 * probe, as before ranking: it can match thousands, and its matches are weak anyway.
 */
export const PROBE_CAP = 120;
const DAY_MS = 86_400_000;

interface Candidate {
  id: string;
  lastAt: number | null;
  active: number;
}

/**
 * How likely the person is at the desk now: a visit this week, then this month, then an
 * active membership; the latest visit breaks ties. (No appointment links a client file yet.)
 */
function presence(c: Candidate, now: number): number {
  const age = c.lastAt === null ? Infinity : now - c.lastAt;
  return (age <= 7 * DAY_MS ? 4 : 0) + (age <= 30 * DAY_MS ? 2 : 0) + (c.active ? 1 : 0);
}

const byPresence = (now: number) => (a: Candidate, b: Candidate) =>
  presence(b, now) - presence(a, now) || (b.lastAt ?? 0) - (a.lastAt ?? 0);

/** The statement behind a probe; exported for the query-plan test. */
export function probeSql(kind: 'exact' | 'prefix'): string {
  // The join hides files a running import has written but not yet published.
  return `SELECT s.client_id AS id, v.last_at AS lastAt,
      coalesce(c.membership_status = 'active', 0) AS active
    FROM client_search s
    JOIN clients c ON c.id = s.client_id AND ${visibleClient('c')}
    LEFT JOIN client_visits v ON v.client_id = s.client_id
    WHERE ${kind === 'exact' ? 's.term = ?' : 's.term >= ? AND s.term < ?'} LIMIT ?`;
}

type Statements = { exact: Statement<unknown[]>; range: Statement<unknown[]> };
/** Compiled once per connection: a search makes up to a dozen probes, compiling is not free. */
const statements = new WeakMap<Db, Statements>();
function statementsOf(db: Db): Statements {
  let s = statements.get(db);
  if (!s) {
    s = { exact: db.prepare(probeSql('exact')), range: db.prepare(probeSql('prefix')) };
    statements.set(db, s);
  }
  return s;
}

/** Client ids matching a desk query: by match quality, then presence; no duplicates. */
export function searchClientIds(db: Db, query: string, limit: number, now = Date.now()): string[] {
  const { exact, range } = statementsOf(db);
  const found = new Set<string>();
  const tiers = probesFor(query);
  for (const [t, tier] of tiers.entries()) {
    const cap = t > 0 && t === tiers.length - 1 ? limit : Math.max(limit, PROBE_CAP);
    const seen = new Map<string, Candidate>();
    for (const probe of tier) {
      const rows = (
        'exact' in probe
          ? exact.all(probe.exact, cap)
          : range.all(probe.prefix, `${probe.prefix}\uffff`, cap)
      ) as Candidate[];
      for (const row of rows) if (!found.has(row.id)) seen.set(row.id, row);
    }
    for (const c of [...seen.values()].sort(byPresence(now))) {
      found.add(c.id);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}
