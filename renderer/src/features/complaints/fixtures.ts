/** Test data for the complaint screens' jsdom tests (scripted answers of main, not a database). */
import type {
  ComplaintBoard,
  ComplaintSummary,
  ComplaintView,
  ServiceSettings,
} from '../../../../shared/contract/complaintViews';
import { DEFAULT_ESCALATION_CHAIN } from '../../../../shared/domain/escalation';
import { DEFAULT_SERVICE_LEVELS } from '../../../../shared/domain/serviceLevel';
import { COMPLAINT_SEVERITIES } from '../../../../shared/domain/complaint';

export const NOW = Date.UTC(2026, 11, 3, 2, 0);

export function caseSummary(patch: Partial<ComplaintSummary> = {}): ComplaintSummary {
  return {
    id: 'cp-1',
    number: 'TS-20261203-001',
    channel: 'phone',
    clientId: null,
    clientName: '赵女士',
    category: 'facility',
    severity: 'normal',
    summary: '淋浴间热水时有时无',
    state: 'open',
    level: 0,
    ownerId: 'staff-receptionist',
    ownerName: '王芳',
    firstReceiverName: '王芳',
    receivedAt: NOW - 3_600_000,
    clockFrom: NOW - 3_600_000,
    firstResponseDue: NOW + 3_723_000,
    resolutionDue: NOW + 72 * 3_600_000,
    respondedAt: null,
    resolvedAt: null,
    closedAt: null,
    nextDueAt: NOW + 3_723_000,
    deadlineState: 'onTime',
    reopenedCount: 0,
    transferToName: null,
    ...patch,
  };
}

export function caseView(patch: Partial<ComplaintView> = {}): ComplaintView {
  return {
    ...caseSummary(),
    contactName: '赵女士',
    callBackPhone: '13800138000',
    clientWants: '尽快修好，并补偿一次课',
    plan: null,
    result: null,
    remedy: { kind: 'none', cents: null, sessions: null, days: null },
    logEntryId: null,
    escalation: {
      current: null,
      next: { level: 1, role: 'dutyManager', staffName: null },
      nextAt: NOW + 123_000,
    },
    events: [
      {
        id: 'ev-1',
        at: NOW - 3_600_000,
        kind: 'received',
        byName: '王芳',
        state: 'open',
        level: 0,
        body: null,
        automatic: false,
      },
    ],
    transfers: [],
    attachments: [],
    followUps: [],
    internalNotes: null,
    may: {
      handle: true,
      transfer: true,
      answerTransfer: false,
      escalate: true,
      readInternal: false,
    },
    now: NOW,
    ...patch,
  };
}

export function board(patch: Partial<ComplaintBoard> = {}): ComplaintBoard {
  return {
    counts: { open: 7, dueSoon: 2, overdue: 1, escalated: 3, reopened: 1 },
    attention: [caseSummary({ deadlineState: 'overdue', nextDueAt: NOW - 60_000, level: 1 })],
    byOwner: [{ key: 'staff-receptionist', label: '王芳', open: 4, overdue: 1 }],
    byCategory: [{ key: 'facility', label: 'facility', open: 3, overdue: 1 }],
    responseMinutes: { median: 95, p90: 410, count: 12 },
    resolutionMinutes: { median: 1500, p90: 4000, count: 9 },
    satisfaction: [
      { week: '2026-11-23', average: 4.2, count: 5 },
      { week: '2026-11-30', average: null, count: 0 },
    ],
    followUpsToday: { due: 3, done: 2, missed: 1 },
    ...patch,
  };
}

export function settings(): ServiceSettings {
  return {
    calendar: {
      weekly: [null, ...Array.from({ length: 6 }, () => ({ open: '09:00', close: '21:00' }))],
      holidays: ['2026-10-01'],
      makeUpWorkdays: [{ date: '2026-10-11', asWeekday: 1 }],
    },
    dayNames: { '2026-10-01': '国庆节', '2026-10-11': '国庆调休' },
    levels: COMPLAINT_SEVERITIES.map((severity) => ({
      category: '*' as const,
      severity,
      ...DEFAULT_SERVICE_LEVELS[severity],
    })),
    chain: [...DEFAULT_ESCALATION_CHAIN],
  };
}

/** jsdom has no FontFaceSet; Mantine's autosizing text areas listen to it. */
export function stubFonts(): void {
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
}
