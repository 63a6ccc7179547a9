import { pinyin } from 'pinyin-pro';
import type { BlockAlert } from '../../../shared/contract/receptionViews';
import { findBlockMatches, type BlockRow } from './receptionQueries';
import type { Db } from '../../db/types';

/** The name as typed, without spaces or case: 张三 / "Zhang San" → 张三 / zhangsan. */
export function nameKeyOf(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·.,'-]+/g, '');
}

/** Toneless pinyin, so 张三, 章三 and "zhang san" meet on "zhangsan". */
export function pinyinKeyOf(name: string): string {
  return pinyin(name.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
  })
    .join('')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function phoneKeyOf(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits : null;
}

export function idNumberKeyOf(id: string | null | undefined): string | null {
  const key = (id ?? '').trim().toUpperCase();
  return key || null;
}

export interface BlockProbe {
  name?: string | null;
  phone?: string | null;
  idNumber?: string | null;
}

/**
 * The block-list entry this person matches, by name (as typed or by pinyin), phone digits
 * or ID number: an alert for the desk, never a refusal. The strongest match wins (ID, then
 * phone, then name); several matches of one entry are listed together.
 */
export function matchBlockList(db: Db, who: BlockProbe): BlockAlert | null {
  const keys = {
    nameKey: who.name ? nameKeyOf(who.name) : undefined,
    pinyin: who.name ? pinyinKeyOf(who.name) : undefined,
    phone: phoneKeyOf(who.phone) ?? undefined,
    idNumber: idNumberKeyOf(who.idNumber) ?? undefined,
  };
  const scored = findBlockMatches(db, keys).map((row) => {
    const on = matchedOn(row, keys);
    const score = on.reduce((s, k) => s + WEIGHT[k], 0);
    return { row, on, score };
  });
  scored.sort((a, b) => b.score - a.score || a.row.added_at - b.row.added_at);
  const best = scored[0];
  if (!best) return null;
  return { entryId: best.row.id, name: best.row.name, reason: best.row.reason, matchedOn: best.on };
}

const WEIGHT = { idNumber: 8, phone: 4, name: 2, pinyin: 1 } as const;

function matchedOn(
  row: BlockRow,
  keys: Record<string, string | undefined>,
): BlockAlert['matchedOn'] {
  const on: BlockAlert['matchedOn'] = [];
  if (keys.nameKey && row.name_key === keys.nameKey) on.push('name');
  else if (keys.pinyin && row.pinyin === keys.pinyin) on.push('pinyin');
  if (keys.phone && row.phone === keys.phone) on.push('phone');
  if (keys.idNumber && row.id_number === keys.idNumber) on.push('idNumber');
  return on;
}
