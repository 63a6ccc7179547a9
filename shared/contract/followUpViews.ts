import type { AutoRuleKind, CallOutcome, FollowUpRule } from '../domain/followUpPlan';
export type { AutoRuleKind } from '../domain/followUpPlan';

/** What a call is for: a client's plan, a resolved complaint, or an incident. */
export type FollowUpSource = 'plan' | 'complaint' | 'incident';

/**
 * Where a call stands, decided in main: `open` to make (due today, overdue or later),
 * `done` with an outcome, `retried` (not answered; the next attempt is its own row),
 * `unreachable` (no answer at the last attempt), `wrongNumber` (given up and flagged),
 * `dropped` (its plan ended before it was made).
 */
export type FollowUpCallState =
  'open' | 'done' | 'retried' | 'unreachable' | 'wrongNumber' | 'dropped';

export interface FollowUpCallView {
  id: string;
  source: FollowUpSource;
  planId: string | null;
  /** The plan's rule kind, for the list's label (plan calls only). */
  ruleKind: FollowUpRule['kind'] | null;
  complaintId: string | null;
  /** TS-20261203-0001 of the complaint, for the list. */
  complaintNumber: string | null;
  incidentId: string | null;
  clientId: string | null;
  /** The client's name on file (or the complaint's contact); null when anonymous. */
  clientName: string | null;
  /** The number to dial; masked for a classified file unless a supervisor or admin reads. */
  phone: string | null;
  dueDay: string;
  /** A call-back at a time the client asked for; null: any time that day. */
  dueAt: number | null;
  overdue: boolean;
  assignedToId: string | null;
  /** Null: the desk's (anyone at the desk may make it). */
  assignedToName: string | null;
  attempt: number;
  maxAttempts: number;
  retryOf: string | null;
  outcome: CallOutcome | null;
  score: number | null;
  note: string | null;
  /** What the last attempt's caller wrote ("in a meeting, call at four"), for this attempt. */
  previousNote: string | null;
  doneAt: number | null;
  doneByName: string | null;
  droppedAt: number | null;
  state: FollowUpCallState;
  /** Whether this person may record its outcome (main decides; the screen hides the buttons). */
  canRecord: boolean;
}

/** 今日回访: the day's call list of one person, or of everyone for a manager. */
export interface FollowUpDay {
  day: string;
  /** Main's clock, for "overdue" and call-back times. */
  now: number;
  scope: 'mine' | 'all';
  /** Managers may switch to everyone's calls. */
  canSeeAll: boolean;
  /** Due today or before and not made yet, call-backs at a time first, then oldest first. */
  open: FollowUpCallView[];
  /** Calls made today (the newest first), whatever came of them. */
  doneToday: FollowUpCallView[];
}

export interface FollowUpPlanView {
  id: string;
  clientId: string;
  rule: FollowUpRule;
  startsOn: string;
  assignedToId: string | null;
  assignedToName: string | null;
  note: string | null;
  createdByName: string | null;
  /** Written by a desk rule over every member (自动回访), not by a person. */
  autoRule: AutoRuleKind | null;
  createdAt: number;
  endedAt: number | null;
}

/** Each rule with its days, or null when it is off. */
export type AutoRules = Record<AutoRuleKind, number | null>;

/** The 回访 section of a client file. */
export interface ClientFollowUps {
  clientId: string;
  /** Running plans first, then ended ones (newest first). */
  plans: FollowUpPlanView[];
  /** Calls still to make, soonest first. */
  upcoming: FollowUpCallView[];
  /** Calls made or given up, newest first. */
  past: FollowUpCallView[];
  /** The last call ended unanswered after every attempt, or on a wrong number. */
  flag: 'unreachable' | 'wrongNumber' | null;
}
