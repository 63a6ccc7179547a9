/**
 * 报表: figures of the site for a period, computed in main from the records (never typed, never
 * personal data: staff names appear as consultants, members never do). Every report carries the
 * previous period of the same length, so the screen can say "up 12 %".
 */

/** 日报 / 周报 / 月报, or any range of business dates (both ends included). */
export type ReportKind = 'day' | 'week' | 'month' | 'range';

export interface ReportPeriod {
  kind: ReportKind;
  /** First business date, YYYY-MM-DD. */
  from: string;
  /** Last business date, YYYY-MM-DD, included. */
  to: string;
  /** Number of days, from..to. */
  days: number;
}

export interface GenderSplit {
  female: number;
  male: number;
  /** Members whose file has no gender. */
  unknown: number;
  total: number;
}

export interface CheckInFigures {
  gender: GenderSplit;
  /**
   * Weekday × hour heat map of check-ins: `heat[weekday][hour]`, weekday 0 = Monday … 6 =
   * Sunday, hour 0–23 in the site's local time.
   */
  heat: number[][];
  /** The busiest hour of the period across all days (local hour 0–23), null with none. */
  peakHour: { hour: number; count: number } | null;
  /** One row per business date of the period, in order (dates with none included as 0). */
  byDay: { date: string; count: number }[];
}

/** 在场人数: how many were on site, per hour of the day (local), averaged over the period's days. */
export interface OccupancyFigures {
  byHour: { hour: number; average: number; peak: number }[];
  /** The highest number on site at once during the period, and when. */
  peak: { count: number; at: number } | null;
}

export interface ConsultantConversion {
  staffId: string;
  name: string;
  visitors: number;
  trials: number;
  /** Visitors of this consultant who became members (bought a card) within the period. */
  converted: number;
}

export interface VisitorFigures {
  /** 访客 registered (trial and other visitors). */
  total: number;
  trials: number;
  converted: number;
  /** converted / total, 0–1; null when there were no visitors. */
  conversionRate: number | null;
  byConsultant: ConsultantConversion[];
}

export interface CardSales {
  byType: { cardType: string; count: number; cents: number }[];
  count: number;
  cents: number;
}

export interface QueueFigures {
  served: number;
  /** Seconds from ticket to call; null when nothing was served. */
  averageWaitSeconds: number | null;
  p90WaitSeconds: number | null;
}

export interface ComplaintFigures {
  opened: number;
  resolved: number;
  /** Level raises (automatic and by hand) in the period. */
  escalations: number;
  /** Counted minutes (business hours or natural time as the case ran), averaged. */
  averageFirstResponseMinutes: number | null;
  averageResolutionMinutes: number | null;
  /** Follow-up scores 1–5 recorded in the period. */
  satisfactionAverage: number | null;
  satisfactionCount: number;
  byCategory: { category: string; count: number }[];
}

export interface FollowUpFigures {
  /** Calls recorded as reached in the period. */
  done: number;
  /** Calls due in the period and not reached (missed, unanswered to the end). */
  missed: number;
}

export interface DeskFigures {
  /** 手牌丢失: tags recorded lost. */
  tagLosses: number;
  /** Charges voided. */
  voids: number;
  /** Check-ins a manager overrode (refusals let in). */
  overrides: number;
}

export interface CashFigures {
  /** Handovers of the period whose cash was counted. */
  counted: number;
  /** Sum of (counted − expected) over them, cents; negative = short. */
  varianceCents: number;
  /** Handovers whose count differed from the expected amount. */
  withVariance: number;
  /** Cash taken in the period, cents. */
  takingsCents: number;
}

export interface HandoverReportFigures {
  /** Shift windows of the period (day × active template) that should have been handed over. */
  expected: number;
  signed: number;
  /** Never opened, abandoned, or not signed by the outgoing side. */
  missing: number;
  /** Flagged by the incoming side. */
  flagged: number;
}

export interface ReportFigures {
  checkIns: CheckInFigures;
  occupancy: OccupancyFigures;
  visitors: VisitorFigures;
  cardsSold: CardSales;
  phoneInquiries: number;
  queue: QueueFigures;
  complaints: ComplaintFigures;
  followUps: FollowUpFigures;
  desk: DeskFigures;
  cash: CashFigures;
  handovers: HandoverReportFigures;
}

export interface ReportView {
  period: ReportPeriod;
  /** The period of the same kind and length just before. */
  previousPeriod: ReportPeriod;
  current: ReportFigures;
  previous: ReportFigures;
  /** When main computed it (ms UTC). */
  generatedAt: number;
  /** Which modules the site uses: the screen hides sections of modules that are off. */
  modules: string[];
}
