import type { ParsedInput } from '../../../shared/contract';
import type { PersonSubjectView } from '../../../shared/contract/personDataViews';
import type { SecrecyLevel } from '../../../shared/domain/clients';
import { maskIdNumber, maskPhone } from '../../../shared/domain/masking';
import { phoneDigits } from '../../../shared/domain/phone';
import { MIN_TERM_LENGTH } from '../../../shared/domain/redaction';
import type { Db } from '../../db/types';
import { notFound } from '../../ipc/errors';

export type SubjectInput = ParsedInput<'personData.find'>['subject'];

/** Whom a request is about, with every form of them main searches the records for. */
export interface Subject {
  clientId: string | null;
  name: string;
  nameLatin: string | null;
  cardNumber: string | null;
  /** As stored and as bare digits, so both spellings match. */
  phones: string[];
  idNumber: string | null;
  secrecy: SecrecyLevel;
  /** Names and cards the file had before (its change history keeps them in clear). */
  former?: string[];
  /** Everything searched for in free text: names, phones, ID, card, former names. */
  terms: string[];
}

interface FileRow {
  id: string;
  name: string;
  name_latin: string | null;
  card_number: string | null;
  phones: string;
  id_number: string | null;
  secrecy: SecrecyLevel;
}

function phoneForms(raw: string[]): string[] {
  const out = new Set<string>();
  for (const p of raw) {
    out.add(p);
    const digits = phoneDigits(p);
    if (digits) out.add(digits);
  }
  return [...out];
}

function withTerms(s: Omit<Subject, 'terms'>): Subject {
  const terms = [
    s.name,
    s.nameLatin,
    s.cardNumber,
    s.idNumber,
    ...s.phones,
    ...(s.former ?? []),
  ].filter((t): t is string => !!t && t.length >= MIN_TERM_LENGTH);
  return { ...s, terms: [...new Set(terms)] };
}

export function fileSubject(db: Db, clientId: string): Subject | null {
  const row = db
    .prepare(
      'SELECT id, name, name_latin, card_number, phones, id_number, secrecy FROM clients WHERE id = ?',
    )
    .get(clientId) as FileRow | undefined;
  if (!row) return null;
  // A handover or a note written before a rename still names the person as they were.
  const former = db
    .prepare(
      "SELECT DISTINCT old_value FROM client_changes WHERE client_id = ? AND field IN ('name', 'nameLatin', 'cardNumber') AND old_value IS NOT NULL",
    )
    .pluck()
    .all(clientId) as string[];
  return withTerms({
    former,
    clientId: row.id,
    name: row.name,
    nameLatin: row.name_latin,
    cardNumber: row.card_number,
    phones: phoneForms(JSON.parse(row.phones) as string[]),
    idNumber: row.id_number,
    secrecy: row.secrecy,
  });
}

/** The subject of a request: the file it names (which must exist), or the typed person. */
export function resolveSubject(db: Db, input: SubjectInput): Subject {
  if (input.clientId) {
    const s = fileSubject(db, input.clientId);
    if (!s) throw notFound('Client file');
    return s;
  }
  return withTerms({
    clientId: null,
    name: input.name!,
    nameLatin: null,
    cardNumber: null,
    phones: phoneForms(input.phone ? [input.phone] : []),
    idNumber: input.idNumber ?? null,
    secrecy: 'none',
  });
}

/** What a request keeps of a person without a file until it is done (then nothing). */
export function storedSubject(s: Subject): string | null {
  return s.clientId
    ? null
    : JSON.stringify({ name: s.name, phones: s.phones, idNumber: s.idNumber });
}

export function subjectOfRequest(
  db: Db,
  clientId: string | null,
  stored: string | null,
): Subject | null {
  if (clientId) return fileSubject(db, clientId);
  if (!stored) return null;
  const p = JSON.parse(stored) as { name: string; phones: string[]; idNumber: string | null };
  return withTerms({
    clientId: null,
    name: p.name,
    nameLatin: null,
    cardNumber: null,
    phones: p.phones,
    idNumber: p.idNumber,
    secrecy: 'none',
  });
}

export function subjectView(s: Subject): PersonSubjectView {
  const shown = s.phones.filter((p) => phoneDigits(p) === p || !phoneDigits(p));
  return {
    clientId: s.clientId,
    name: s.name,
    phones: [...new Set(shown.map(maskPhone))],
    idNumber: s.idNumber ? maskIdNumber(s.idNumber, 'prcId') : null,
    secrecy: s.secrecy,
  };
}
