import type { FollowUpCallView, FollowUpDay } from '../../../../shared/contract/followUpViews';

export const NOW = new Date(2026, 11, 3, 10, 0).getTime();

export function followUpCall(patch: Partial<FollowUpCallView> = {}): FollowUpCallView {
  return {
    id: 'fc-1',
    source: 'plan',
    planId: 'plan-1',
    ruleKind: 'recurring',
    complaintId: null,
    complaintNumber: null,
    incidentId: null,
    clientId: 'client-1',
    clientName: '张三',
    phone: '13812345678',
    dueDay: '2026-12-03',
    dueAt: null,
    overdue: false,
    assignedToId: null,
    assignedToName: null,
    attempt: 1,
    maxAttempts: 3,
    retryOf: null,
    outcome: null,
    score: null,
    note: null,
    previousNote: null,
    doneAt: null,
    doneByName: null,
    droppedAt: null,
    state: 'open',
    canRecord: true,
    ...patch,
  };
}

export function followUpDay(patch: Partial<FollowUpDay> = {}): FollowUpDay {
  return {
    day: '2026-12-03',
    now: NOW,
    scope: 'mine',
    canSeeAll: false,
    open: [],
    doneToday: [],
    ...patch,
  };
}
