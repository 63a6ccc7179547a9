import type {
  ClientAlert,
  ClientContact,
  ClientFile,
  ClientSummary,
  DocumentMeta,
} from '../../../shared/contract/clientViews';
import { canOpenFile, effectiveStatus } from '../../../shared/domain/clients';
import { birthdayFromPrcId, isValidPrcId } from '../../../shared/domain/idNumber';
import { maskIdNumber, maskPhone } from '../../../shared/domain/masking';
import type { Role } from '../../../shared/domain/roles';
import { addDays } from '../../../shared/domain/time';
import type { ClientRow } from './clientQueries';
import type { Db } from '../../db/types';

const EXPIRY_WARNING_DAYS = 7;

/**
 * The birth date the file states, else the one a valid PRC ID carries: most members are
 * registered from their ID card and nobody types the birthday in again. A date on the file
 * wins, since staff may have corrected it.
 */
export function birthDateOf(
  row: Pick<ClientRow, 'birthday' | 'id_type' | 'id_number'>,
  today: string,
): string | null {
  if (row.birthday) return row.birthday;
  const id = row.id_number?.trim().toUpperCase();
  if (row.id_type === 'prcId' && id && isValidPrcId(id, today)) return birthdayFromPrcId(id);
  return null;
}

/** Month and day match; someone born on 29 February is greeted on the 28th in other years. */
export function isBirthday(birthDate: string | null, today: string): boolean {
  if (!birthDate) return false;
  const born = birthDate.slice(5);
  if (born === today.slice(5)) return true;
  const year = Number(today.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return born === '02-29' && !leap && today.slice(5) === '02-28';
}

/** What the desk must notice at a glance when this person walks in. */
export function alertsOf(row: ClientRow, today: string): ClientAlert[] {
  const alerts: ClientAlert[] = [];
  const status = effectiveStatus(row.membership_status, row.membership_expiry, today);
  if (status === 'expired')
    alerts.push({
      kind: 'expired',
      ...(row.membership_expiry ? { text: row.membership_expiry } : {}),
    });
  else if (
    status === 'active' &&
    row.membership_expiry &&
    row.membership_expiry <= addDays(today, EXPIRY_WARNING_DAYS)
  ) {
    alerts.push({ kind: 'expiresSoon', text: row.membership_expiry });
  }
  if (status === 'frozen' || status === 'unpaid' || status === 'banned')
    alerts.push({ kind: status });
  if (isBirthday(birthDateOf(row, today), today)) alerts.push({ kind: 'birthday' });
  if (row.alert_note) alerts.push({ kind: 'note', text: row.alert_note });
  return alerts;
}

export function summaryOf(row: ClientRow, role: Role, today: string): ClientSummary {
  const phones = JSON.parse(row.phones) as string[];
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    nameLatin: row.name_latin,
    cardNumber: row.card_number,
    cardType: row.card_type,
    status: effectiveStatus(row.membership_status, row.membership_expiry, today),
    expiresOn: row.membership_expiry,
    phoneMasked: phones[0] ? maskPhone(phones[0]) : null,
    hasPhoto: row.has_photo === 1,
    secrecy: row.secrecy,
    restricted: !canOpenFile(role, row.secrecy),
    alerts: alertsOf(row, today),
    consultantName: row.consultant_name,
    creditGrade: row.credit_grade,
  };
}

function documentsOf(db: Db, clientId: string): DocumentMeta[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.file_name, d.mime_type, d.size, d.added_at, s.display_name AS added_by_name
       FROM client_documents d LEFT JOIN staff s ON s.id = d.added_by
       WHERE d.client_id = ? ORDER BY d.added_at`,
    )
    .all(clientId) as {
    id: string;
    file_name: string;
    mime_type: string;
    size: number;
    added_at: number;
    added_by_name: string | null;
  }[];
  return rows.map((d) => ({
    id: d.id,
    fileName: d.file_name,
    mimeType: d.mime_type,
    size: d.size,
    addedAt: d.added_at,
    addedByName: d.added_by_name,
  }));
}

/** The full file: sensitive numbers masked; main hands out clear values only on a recorded reveal. */
export function fileOf(db: Db, row: ClientRow, role: Role, today: string): ClientFile {
  return {
    ...summaryOf(row, role, today),
    gender: row.gender,
    birthday: row.birthday,
    phonesMasked: (JSON.parse(row.phones) as string[]).map(maskPhone),
    email: row.email,
    address: row.address,
    idType: row.id_type,
    idNumberMasked: row.id_number && row.id_type ? maskIdNumber(row.id_number, row.id_type) : null,
    contacts: (JSON.parse(row.contacts) as ClientContact[]).map((c) => ({
      ...c,
      ...(c.phone ? { phone: maskPhone(c.phone) } : {}),
    })),
    notes: row.notes,
    alertNote: row.alert_note,
    tags: JSON.parse(row.tags) as string[],
    consultantId: row.consultant_id,
    membershipStart: row.membership_start,
    membershipStatus: row.membership_status,
    secrecyUntil: row.secrecy_until,
    fileReviewDue: row.file_review_due,
    creditReviewDue: row.credit_review_due,
    documents: documentsOf(db, row.id),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
