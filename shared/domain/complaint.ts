/**
 * A complaint case's life (投诉, issue 12). The first receiver owns it (首问负责制) until
 * the final reply; the owner changes only when a proposed new owner accepts.
 */

export const COMPLAINT_CHANNELS = ['desk', 'phone', 'message', 'online', 'letter'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** What a complaint is about (投诉类别); service levels may differ per category. */
export const COMPLAINT_CATEGORIES = [
  'service',
  'staff',
  'facility',
  'hygiene',
  'billing',
  'safety',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** An agreed remedy (补偿): money back in cents, free sessions, or days added to a membership. */
export const REMEDY_KINDS = ['none', 'money', 'freeSession', 'extension'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

export const COMPLAINT_SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

export const COMPLAINT_STATES = [
  'open',
  'responded',
  'waitingForClient',
  'resolved',
  'closed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export type ComplaintStep = 'respond' | 'waitForClient' | 'resume' | 'resolve' | 'close' | 'reopen';

/** Which step may follow which state; anything else is refused by main as CONFLICT. */
const NEXT: Record<ComplaintState, Partial<Record<ComplaintStep, ComplaintState>>> = {
  open: { respond: 'responded', waitForClient: 'waitingForClient', resolve: 'resolved' },
  responded: { waitForClient: 'waitingForClient', resolve: 'resolved' },
  waitingForClient: { resume: 'responded', resolve: 'resolved' },
  // The follow-up call closes the case; a client not satisfied reopens it.
  resolved: { close: 'closed', reopen: 'open' },
  closed: { reopen: 'open' },
};

/** The state after `step`, or null when the step does not apply to `state`. */
export function stepFrom(state: ComplaintState, step: ComplaintStep): ComplaintState | null {
  return NEXT[state][step] ?? null;
}

/** The clock stands still only while the case waits for the client (when the level says so). */
export function clockPaused(state: ComplaintState, pausesWhileWaiting: boolean): boolean {
  return pausesWhileWaiting && state === 'waitingForClient';
}

/** Satisfaction (满意度) 1–5 at the follow-up call; below this the case reopens. */
export const SATISFIED_FROM = 3;

export function followUpCloses(score: number): boolean {
  return score >= SATISFIED_FROM;
}

/** Cases still open carry into every handover's open items until closed. */
export function carriesIntoHandover(state: ComplaintState): boolean {
  return state !== 'closed';
}

/** An ownership hand-over: proposed by the owner, effective only when the new owner accepts. */
export interface OwnershipTransfer {
  from: string;
  to: string;
  acceptedAt: number | null;
}

/** Who owns the case: the first receiver, then each accepted transfer in turn. */
export function ownerOf(firstReceiver: string, transfers: readonly OwnershipTransfer[]): string {
  let owner = firstReceiver;
  for (const t of transfers) if (t.acceptedAt !== null && t.from === owner) owner = t.to;
  return owner;
}
