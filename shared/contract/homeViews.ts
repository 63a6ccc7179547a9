import type { Module, SiteProfile } from '../domain/modules';
import type { ConsultantStatus } from '../domain/rotation';
import type { ShiftStatus } from '../domain/shift';

/** The home card "my calls today" (回访). */
export interface CallsToday {
  open: number;
  overdue: number;
  done: number;
}

/**
 * The home page's figures, one shape per role: main picks the shape from the session's role,
 * so a role's summary cannot carry another role's numbers (a receptionist sees no approvals).
 * A figure of a module the site does not use is left out (optional fields below).
 */
export type HomeSummary =
  | {
      role: 'receptionist';
      onSite?: number;
      tagsOut?: number;
      visitorsWaiting?: number;
      queueWaiting?: number;
      unreadNotes: number;
      followUpsOpen: number;
      /** Calls left for the next shift (or for me) still to be returned. */
      callBacksOpen: number;
      /** 今日回访: my follow-up calls and the desk's, to make today (overdue among them) and made. */
      callsToday: CallsToday;
    }
  | {
      role: 'consultant';
      /** Callers passed to me, or left for me, still waiting for my call. */
      callBacksOpen: number;
      callsToday: CallsToday;
      myVisitorsWaiting?: number;
      myTrialsToday?: number;
      /** Null when not signed into today's rotation. */
      rotation?: { rank: number; status: ConsultantStatus; isNext: boolean } | null;
    }
  | {
      role: 'dutyManager';
      shift: { name: string; status: ShiftStatus } | null;
      overridesToday?: number;
      voidsToday?: number;
      cashTakenCents: number;
      followUpsOpen: number;
    }
  | {
      role: 'supervisor';
      approvalsWaiting?: number;
      flaggedHandovers: number;
      followUpsOverdue: number;
      reviewsOverdue?: number;
    }
  | {
      role: 'admin';
      staffLockedOut: number;
      backup: { lastGoodAt: number | null; warnings: number };
      /** Null while no full check has finished; false when storage or the audit chain failed. */
      integrityOk: boolean | null;
      settings: {
        siteName: string;
        siteProfile: SiteProfile;
        modules: Module[];
        idleLockMinutes: number;
      };
    };
