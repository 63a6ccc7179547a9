import { addDays, addMonths } from './time';

/**
 * Follow-up call plans for clients (客户回访, issue 12): when calls fall due, and when an
 * unanswered call is tried again. Days are YYYY-MM-DD business dates.
 */

/** Every `everyMonths` months, `times` times (null: for as long as the plan runs). */
export interface RecurringStep {
  everyMonths: number;
  times: number | null;
}

export type FollowUpRule =
  | { kind: 'recurring'; steps: readonly RecurringStep[] }
  | { kind: 'afterFirstVisit'; days: number }
  | { kind: 'beforeExpiry'; days: number }
  | { kind: 'notSeen'; days: number };

/** Monthly for 12 months, then quarterly: the seeds' plan for a new member. */
export const NEW_MEMBER_PLAN: FollowUpRule = {
  kind: 'recurring',
  steps: [
    { everyMonths: 1, times: 12 },
    { everyMonths: 3, times: null },
  ],
};

/** The call days of a recurring plan started on `start`, up to and including `until`. */
export function recurringDays(
  start: string,
  steps: readonly RecurringStep[],
  until: string,
): string[] {
  const days: string[] = [];
  let months = 0;
  for (const step of steps) {
    for (let i = 0; step.times === null || i < step.times; i += 1) {
      months += step.everyMonths;
      // Counted from the start each time, so a 31st is not worn down to the 28th.
      const day = addMonths(start, months);
      if (day > until) return days;
      days.push(day);
    }
  }
  return days;
}

/** What a one-off rule needs to know of the client. */
export interface ClientDates {
  firstVisit: string | null;
  membershipEnd: string | null;
  lastVisit: string | null;
}

/** The day a one-off rule's call falls due for this client, or null when it does not apply. */
export function oneOffDay(
  rule: Exclude<FollowUpRule, { kind: 'recurring' }>,
  c: ClientDates,
): string | null {
  switch (rule.kind) {
    case 'afterFirstVisit':
      return c.firstVisit && addDays(c.firstVisit, rule.days);
    case 'beforeExpiry':
      return c.membershipEnd && addDays(c.membershipEnd, -rule.days);
    case 'notSeen':
      return c.lastVisit && addDays(c.lastVisit, rule.days);
  }
}

export const CALL_OUTCOMES = ['reached', 'noAnswer', 'wrongNumber', 'callBack'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Unanswered calls are tried on the next days, this many times in all. */
export const MAX_CALL_ATTEMPTS = 3;

/**
 * When the call is tried again after this attempt (1-based), or null when it is done:
 * reached, a wrong number (the number needs correcting, not calling), or out of attempts.
 */
export function nextAttemptAt(
  outcome: CallOutcome,
  attempt: number,
  at: number,
  callBackAt: number | null = null,
): number | null {
  if (outcome === 'callBack') return callBackAt;
  if (outcome !== 'noAnswer' || attempt >= MAX_CALL_ATTEMPTS) return null;
  return at + 24 * 3_600_000;
}

/**
 * The desk's rules over every member (自动回访规则): after a first visit, before the membership
 * ends, not seen for N days. Each reaches a member on one day, and main writes one call then.
 */
export const AUTO_RULE_KINDS = ['afterFirstVisit', 'beforeExpiry', 'notSeen'] as const;
export type AutoRuleKind = (typeof AUTO_RULE_KINDS)[number];
