import type { CallView } from './receptionViews';

/**
 * A phone inquiry someone has to call back (回电): passed to a consultant by the rotation,
 * or left as a message for a colleague. It stays open until that person says it is done.
 */
export interface CallBackView extends CallView {
  /** How it reached this person: the rotation, a message to them, or one for the next shift. */
  via: 'rotation' | 'message' | 'nextShift';
  calledBackAt: number | null;
  calledBackByName: string | null;
  calledBackNote: string | null;
}

export interface MyCallBacks {
  /** Oldest first: the one waiting longest is called first. */
  open: CallBackView[];
  /** Done in today's business day, newest first. */
  doneToday: CallBackView[];
}
