import { pinyin } from 'pinyin-pro';
import type { ClientContact } from '../../../shared/contract/clientViews';
import { effectiveStatus, type MembershipStatus } from '../../../shared/domain/clients';
import { phoneDigits } from '../../../shared/domain/phone';
import { businessDate } from '../../../shared/domain/time';
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
/**
 * An active membership adds to a file's heat as much as its last visit a day later (the
 * constant of migration 014, which also says what heat is).
 */
export const MEMBER_BONUS_MS = 86_400_000;
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

/** A file's heat as client_search carries it: its visits' (migration 014) plus membership. */
const HEAT_OF = `SELECT coalesce((SELECT heat FROM client_visits WHERE client_id = c.id), 0)
    + CASE WHEN c.membership_status = 'active' THEN ${MEMBER_BONUS_MS} ELSE 0 END
  FROM clients c WHERE c.id = ?`;

export function reindexClient(db: Db, id: string, c: Parameters<typeof searchTerms>[0]): void {
  db.prepare('DELETE FROM client_search WHERE client_id = ?').run(id);
  db.prepare('UPDATE clients SET sort_key = ? WHERE id = ?').run(sortKeyOf(c.name), id);
  const heat = (db.prepare(HEAT_OF).pluck().get(id) as number | undefined) ?? 0;
  const insert = db.prepare(
    'INSERT OR IGNORE INTO client_search (term, client_id, heat) VALUES (?, ?, ?)',
  );
  for (const term of searchTerms(c)) insert.run(term, id, heat);
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
 * Rows a range probe reads from the index before picking the hottest: a prefix of one letter
 * matches thousands of files. The last, broadest tier (any part, or a number's start) reads
 * only the limit: its matches are weak, and reading more cost a quarter more per search.
 */
export const RANGE_READ = 400;

interface Candidate {
  id: string;
  heat: number;
  status: MembershipStatus | null;
  expiry: string | null;
}

/**
 * How likely the person is at the desk now: the stored heat (recent and frequent visits, and
 * an active membership as the file says), with the membership bonus taken back once its
 * expiry has passed by the injected clock (the stored heat cannot know that day).
 */
function presence(c: Candidate, today: string): number {
  const stored = c.status === 'active' ? MEMBER_BONUS_MS : 0;
  const current = effectiveStatus(c.status, c.expiry, today) === 'active' ? MEMBER_BONUS_MS : 0;
  return c.heat - stored + current;
}

/** An exact probe: a term's files, hottest first, read in that order from the primary key. */
export const EXACT_SQL = `SELECT s.client_id AS id, s.heat AS heat,
    c.membership_status AS status, c.membership_expiry AS expiry
  FROM client_search s
  JOIN clients c ON c.id = s.client_id AND ${visibleClient('c')}
  WHERE s.term = ? ORDER BY s.heat DESC LIMIT ?`;
/**
 * A range probe, first step: the hottest files under a prefix, from the index alone. Twice the
 * cap, for files a running import has written and not published: they have no visits, so they
 * are the coldest and rarely among these.
 */
export const RANGE_SQL = `SELECT id, heat FROM (
    SELECT client_id AS id, heat FROM client_search
    WHERE term >= ? AND term < ? LIMIT ?)
  ORDER BY heat DESC LIMIT ?`;
/** Second step: the join hides files a running import has written but not yet published. */
const VISIBLE_SQL = `SELECT c.membership_status AS status, c.membership_expiry AS expiry
  FROM clients c WHERE c.id = ? AND ${visibleClient('c')}`;

type Statements = Record<'exact' | 'range' | 'visible', Statement<unknown[]>>;
/** Compiled once per connection: a search makes up to a dozen probes, compiling is not free. */
const statements = new WeakMap<Db, Statements>();
function statementsOf(db: Db): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      exact: db.prepare(EXACT_SQL),
      range: db.prepare(RANGE_SQL),
      visible: db.prepare(VISIBLE_SQL),
    };
    statements.set(db, s);
  }
  return s;
}

/** The `cap` hottest visible files among the first `read` under a prefix. */
function rangeProbe(s: Statements, prefix: string, read: number, cap: number): Candidate[] {
  const end = `${prefix}\uffff`;
  const rows = s.range.all(prefix, end, read, 2 * cap) as { id: string; heat: number }[];
  const out: Candidate[] = [];
  for (const row of rows) {
    const file = s.visible.get(row.id) as Omit<Candidate, 'id' | 'heat'> | undefined;
    if (file) out.push({ ...row, ...file });
    if (out.length >= cap) break;
  }
  return out;
}

/**
 * Client ids matching a desk query: by match quality, then presence; no duplicates. Each probe
 * reads at most `limit` files, hottest first: however many files a tier matches, the `limit`
 * best of a tier are among the `limit` hottest of its probes (ids found earlier included).
 */
export function searchClientIds(db: Db, query: string, limit: number, now: number): string[] {
  const s = statementsOf(db);
  const today = businessDate(now);
  const found = new Set<string>();
  const tiers = probesFor(query);
  for (const [t, tier] of tiers.entries()) {
    const read = t > 0 && t === tiers.length - 1 ? limit : RANGE_READ;
    const seen = new Map<string, Candidate>();
    for (const probe of tier) {
      const rows =
        'exact' in probe
          ? (s.exact.all(probe.exact, limit) as Candidate[])
          : rangeProbe(s, probe.prefix, read, limit);
      for (const row of rows) if (!found.has(row.id)) seen.set(row.id, row);
    }
    const ranked = [...seen.values()]
      .map((c) => ({ id: c.id, at: presence(c, today) }))
      .sort((a, b) => b.at - a.at);
    for (const c of ranked) {
      found.add(c.id);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}
