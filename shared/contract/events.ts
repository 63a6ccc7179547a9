import type { JobView } from './jobViews';
import { LIVE_VIEWS, viewEvent, type Notice, type ViewEventPayloads } from './live';
import type { SessionView } from './views';

/**
 * Events main pushes to the renderer, each sent after commit to the clients allowed to see it.
 * Besides these, every live view (live.ts) is an event `view:<channel>` with that channel's result.
 */
export interface EventPayloads extends ViewEventPayloads {
  /** The session of this window changed without the renderer asking (idle lock, deactivation). */
  'session.changed': SessionView | null;
  /** Something for this person to act on: a visitor for them, a message, a handover to sign. */
  'notice.raised': Notice;
  /** A job of this person started, moved on or ended (sent to each window they are signed in at). */
  'job.progress': JobView;
}
export type EventName = keyof EventPayloads;
export const eventNames: EventName[] = [
  'session.changed',
  'job.progress',
  'notice.raised',
  ...LIVE_VIEWS.map(viewEvent),
];
