import type { z } from 'zod';
import type { clientCreateInput, clientUpdateInput } from '../../../shared/contract/clientFields';
import { maskIdNumber, maskPhone } from '../../../shared/domain/masking';
import type { ClientColumns, ClientRow } from './clientQueries';

type FieldInput = Partial<z.output<typeof clientCreateInput>> &
  Partial<z.output<typeof clientUpdateInput>>;

const json = (v: unknown) => JSON.stringify(v);

/** Input field → stored column, for every field a form can send. */
const COLUMN_OF: Record<string, [keyof ClientColumns, (v: never) => unknown]> = {
  kind: ['kind', (v) => v],
  name: ['name', (v) => v],
  nameLatin: ['name_latin', (v) => v || null],
  gender: ['gender', (v) => v],
  birthday: ['birthday', (v) => v],
  phones: ['phones', (v: string[]) => json(v.map((p) => p.replace(/\s+/g, '')))],
  email: ['email', (v) => v || null],
  address: ['address', (v) => v || null],
  idType: ['id_type', (v) => v],
  idNumber: ['id_number', (v) => v || null],
  contacts: ['contacts', (v) => json(v)],
  notes: ['notes', (v) => v || null],
  alertNote: ['alert_note', (v) => v || null],
  tags: ['tags', (v: string[]) => json([...new Set(v)])],
  consultantId: ['consultant_id', (v) => v],
  creditGrade: ['credit_grade', (v) => v],
  cardType: ['card_type', (v) => v || null],
  cardNumber: ['card_number', (v) => v || null],
  membershipStart: ['membership_start', (v) => v],
  membershipExpiry: ['membership_expiry', (v) => v],
  membershipStatus: ['membership_status', (v) => v],
};

/** The columns an input sets (fields left out are untouched). */
export function columnsFromInput(input: FieldInput): Partial<ClientColumns> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    const map = COLUMN_OF[field];
    if (map && value !== undefined) out[map[0]] = map[1](value as never);
  }
  return out as Partial<ClientColumns>;
}

export const FIELD_OF: Record<string, string> = Object.fromEntries(
  Object.entries(COLUMN_OF).map(([field, [column]]) => [column, field]),
);

/** How a value reads in the change history; phone and ID numbers stay masked there too. */
export function historyValue(
  column: string,
  value: unknown,
  row: Pick<ClientRow, 'id_type'>,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (column === 'phones')
    return (JSON.parse(String(value)) as string[]).map(maskPhone).join(', ') || null;
  if (column === 'id_number') return maskIdNumber(String(value), row.id_type ?? 'other');
  if (column === 'contacts')
    return (JSON.parse(String(value)) as { name: string }[]).map((c) => c.name).join(', ') || null;
  if (column === 'tags') return (JSON.parse(String(value)) as string[]).join(', ') || null;
  return String(value);
}
