import { ERASED, showErased } from '../../../../shared/domain/redaction';

/**
 * The view with main's erased-person token shown in the reader's word ("(已删除)" /
 * "(erased)") in every text it holds: tags out, waiting visitors, notes, entries.
 */
export function withErasedWord<V>(value: V, word: string): V {
  if (typeof value === 'string')
    return (value.includes(ERASED) ? showErased(value, word) : value) as V;
  if (Array.isArray(value)) return value.map((v: unknown) => withErasedWord(v, word)) as V;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withErasedWord(v, word);
    return out as V;
  }
  return value;
}
