import type { z } from 'zod';
import { clientCreateInput } from '../../../shared/contract/clientFields';
import type { ImportPreview, ImportRowReport } from '../../../shared/contract/clientViews';
import { fieldForHeader, VALUE_WORDS, type SheetField } from '../../../shared/domain/clientSheet';
import { getClientByCard } from './clientQueries';
import type { ServiceContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { createClientRecord } from './clients';
import type { Handlers } from '../../ipc/handler';

type CreateInput = z.output<typeof clientCreateInput>;
const LIST_SPLIT = /[;；,，、/]+/;

/** 2026/3/7, 2026.3.7 and 2026-3-7 all mean 2026-03-07. */
function normalizeDay(value: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : value;
}

function cellValue(field: SheetField, raw: string): unknown {
  const value = raw.trim();
  if (value === '') return undefined;
  if (field === 'phones' || field === 'tags')
    return value
      .split(LIST_SPLIT)
      .map((v) => v.trim())
      .filter(Boolean);
  if (field === 'birthday' || field === 'membershipStart' || field === 'membershipExpiry')
    return normalizeDay(value);
  if (field === 'creditGrade') return value.toUpperCase();
  const words = VALUE_WORDS[field];
  if (words) return words[value.toLowerCase()] ?? words[value] ?? `?${value}`;
  return value;
}

function rowObject(fields: (SheetField | null)[], cells: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fields.forEach((field, i) => {
    if (!field) return;
    const v = cellValue(field, cells[i] ?? '');
    if (v !== undefined) out[field] = v;
  });
  out.kind ??= 'person';
  if (typeof out.idNumber === 'string' && !out.idType)
    out.idType = out.idNumber.length === 18 ? 'prcId' : 'other';
  return out;
}

function issueCode(message: string, code: string): string {
  if (message === 'checksum') return 'checksum';
  if (code === 'invalid_value' || code === 'invalid_enum_value') return 'unknownValue';
  if (code === 'too_small' || message.includes('Required') || code === 'invalid_type')
    return 'required';
  return 'format';
}

interface Analysis {
  columns: string[];
  unknownColumns: string[];
  valid: { line: number; input: CreateInput }[];
  invalid: ImportRowReport[];
}

/** Reads every row with the same schema as the form, plus card numbers unique in the file and the vault. */
function analyse(ctx: ServiceContext, rows: string[][]): Analysis {
  const [header = [], ...data] = rows;
  const fields = header.map(fieldForHeader);
  if (!fields.includes('name')) {
    throw new AppError('VALIDATION', 'The sheet has no name column.', {
      reason: 'import.noName',
      fields: { rows: 'noNameColumn' },
    });
  }
  const seenCards = new Set<string>();
  const analysis: Analysis = {
    columns: header.filter((_, i) => fields[i]),
    unknownColumns: header.filter((h, i) => !fields[i] && h.trim()),
    valid: [],
    invalid: [],
  };
  data.forEach((cells, index) => {
    if (cells.every((c) => !c.trim())) return;
    const line = index + 2;
    const raw = rowObject(fields, cells);
    const parsed = clientCreateInput.safeParse(raw);
    const errors: Record<string, string> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors[String(issue.path[0] ?? 'row')] ??= issueCode(issue.message, issue.code);
    }
    const card = typeof raw.cardNumber === 'string' ? raw.cardNumber.toLowerCase() : null;
    if (card && (seenCards.has(card) || getClientByCard(ctx.db, card)))
      errors.cardNumber = 'duplicate';
    if (card) seenCards.add(card);
    const report = {
      line,
      name: String(raw.name ?? ''),
      cardNumber: (raw.cardNumber as string | undefined) ?? null,
      errors,
    };
    if (parsed.success && Object.keys(errors).length === 0)
      analysis.valid.push({ line, input: parsed.data });
    else analysis.invalid.push(report);
  });
  return analysis;
}

export const importHandlers: Pick<Handlers, 'clients.importPreview' | 'clients.importCommit'> = {
  'clients.importPreview': (ctx, input): ImportPreview => {
    const a = analyse(ctx, input.rows);
    return {
      columns: a.columns,
      unknownColumns: a.unknownColumns,
      valid: a.valid.length,
      invalid: a.invalid,
      sample: a.valid.slice(0, 5).map((v) => ({
        line: v.line,
        name: v.input.name,
        cardNumber: v.input.cardNumber ?? null,
        errors: {},
      })),
    };
  },

  /** Runs inside the call's one transaction: either every valid row lands or none does. */
  'clients.importCommit': (ctx, input) => {
    const a = analyse(ctx, input.rows);
    for (const { input: row } of a.valid) createClientRecord(ctx, row);
    ctx.audit.targetType = 'import';
    ctx.audit.targetId = undefined;
    ctx.audit.detail = { imported: a.valid.length, invalid: a.invalid.length };
    return { imported: a.valid.length, invalid: a.invalid };
  },
};
