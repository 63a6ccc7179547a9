import type { JobView } from './jobViews';
import type { SessionView } from './views';

/** Events main pushes to the renderer, each sent after commit to the clients allowed to see it. */
export interface EventPayloads {
  /** The session of this window changed without the renderer asking (idle lock, deactivation). */
  'session.changed': SessionView | null;
  /** A job of this person started, moved on or ended (sent to each window they are signed in at). */
  'job.progress': JobView;
}
export type EventName = keyof EventPayloads;
export const eventNames: EventName[] = ['session.changed', 'job.progress'];
