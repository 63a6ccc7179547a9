import { pinyin } from 'pinyin-pro';
import type { ClientContact } from '../../../shared/contract/clientViews';
import { visibleClient, type ClientColumns } from './clientQueries';
import type { Db } from '../../db/types';

/**
 * Term prefixes of the search index. c: card, p: phone digits, q: last four digits,
 * n: name text, y: pinyin, i: pinyin initials. A query is a range scan per prefix.
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

function phoneTerms(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? [`p:${digits}`, `q:${digits.slice(-4)}`] : [];
}

export function searchTerms(
  c: Pick<ClientColumns, 'name' | 'name_latin' | 'card_number' | 'phones' | 'contacts'>,
): string[] {
  const terms = [...nameTerms(c.name), ...nameTerms(c.name_latin ?? '')];
  if (c.card_number) terms.push(`c:${c.card_number.toLowerCase()}`);
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

/** Which index prefixes a query can mean, best match first. */
export function probesFor(query: string): Probe[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  if (/^\d+$/.test(q)) {
    const probes: Probe[] = q.length === 4 ? [{ exact: `q:${q}` }] : [];
    probes.push({ prefix: `c:${q}` });
    if (q.length >= 3) probes.push({ prefix: `p:${q}` });
    return probes;
  }
  if (CJK.test(q)) return [{ prefix: `n:${q}` }];
  return [{ prefix: `c:${q}` }, { prefix: `n:${q}` }, { prefix: `y:${q}` }, { prefix: `i:${q}` }];
}

/** Client ids matching a desk query, best first, without duplicates. */
export function searchClientIds(db: Db, query: string, limit: number): string[] {
  // The join hides files a running import has written but not yet published.
  const from = `FROM client_search s JOIN clients c ON c.id = s.client_id AND ${visibleClient('c')}`;
  const exact = db.prepare(`SELECT s.client_id ${from} WHERE s.term = ? LIMIT ?`).pluck();
  const range = db
    .prepare(`SELECT s.client_id ${from} WHERE s.term >= ? AND s.term < ? LIMIT ?`)
    .pluck();
  const found = new Set<string>();
  for (const probe of probesFor(query)) {
    const ids = (
      'exact' in probe
        ? exact.all(probe.exact, limit)
        : range.all(probe.prefix, `${probe.prefix}\uffff`, limit)
    ) as string[];
    for (const id of ids) {
      found.add(id);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}
