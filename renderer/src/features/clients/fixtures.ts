/** Test data for the client screens' jsdom tests (scripted answers of main, not a database). */
import type { ClientFile, ClientSummary } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import type { Role } from '../../../../shared/domain/roles';

export function sessionAs(role: Role): SessionView {
  return {
    staffId: `staff-${role}`,
    username: role,
    displayName: role === 'supervisor' ? '李经理' : '王芳',
    role,
    locked: false,
    mustChangePin: false,
    language: 'en',
    colorScheme: 'light',
    startedAt: Date.UTC(2025, 0, 6, 1, 0),
    idleLockMinutes: 5,
  };
}

export function summary(patch: Partial<ClientSummary> = {}): ClientSummary {
  return {
    id: 'c-zhang',
    kind: 'person',
    name: '张三',
    nameLatin: 'Zhang San',
    cardNumber: 'M0001',
    cardType: '年卡',
    status: 'active',
    expiresOn: '2026-03-31',
    phoneMasked: '138****5678',
    hasPhoto: false,
    secrecy: 'none',
    restricted: false,
    alerts: [],
    consultantName: '赵顾问',
    creditGrade: 'A',
    ...patch,
  };
}

export function clientFile(patch: Partial<ClientFile> = {}): ClientFile {
  return {
    ...summary(),
    gender: 'male',
    birthday: '1990-03-07',
    phonesMasked: ['138****5678'],
    email: 'zhang@example.cn',
    address: '北京市朝阳区',
    idType: 'prcId',
    idNumberMasked: '110105********1234',
    contacts: [],
    notes: null,
    alertNote: null,
    tags: ['晨练'],
    consultantId: 'staff-consultant',
    membershipStart: '2025-04-01',
    membershipStatus: 'active',
    secrecyUntil: null,
    fileReviewDue: '2099-01-01',
    creditReviewDue: '2099-01-01',
    documents: [],
    version: 3,
    createdAt: Date.UTC(2025, 3, 1),
    updatedAt: Date.UTC(2025, 5, 1),
    ...patch,
  };
}

export const ok = <T>(data: T) => ({ ok: true, data });
export const fail = (error: Record<string, unknown>) => ({
  ok: false,
  error: { message: 'x', ...error },
});
