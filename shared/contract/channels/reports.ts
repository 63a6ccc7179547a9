import { z } from 'zod';
import { dayField } from '../clientFields';
import { channel } from '../define';
import { idField } from '../fields';
import type { JobStarted } from '../jobViews';
import type { ReportView } from '../reportViews';

/** 值班经理 and up read the site's reports. */
const MANAGERS = ['dutyManager', 'supervisor', 'admin'] as const;

/**
 * A period: day / week / month name their first date (a week starts on Monday, a month on the
 * 1st; main normalises any date inside to that start), a range names both ends (at most 2 years).
 */
export const reportPeriodInput = z
  .strictObject({
    kind: z.enum(['day', 'week', 'month', 'range']),
    from: dayField,
    to: dayField.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'range') return;
    if (!p.to) ctx.addIssue({ code: 'custom', message: 'to is needed', path: ['to'] });
    else if (p.to < p.from)
      ctx.addIssue({ code: 'custom', message: 'to before from', path: ['to'] });
  });

export const reportChannels = {
  /** Starts computing a report in the jobs worker (kind `reports.build`); the desk keeps answering. */
  'reports.build': channel<JobStarted>()({
    input: reportPeriodInput,
    roles: MANAGERS,
    audit: false,
  }),
  /** A finished build's report, for the person who started it only (anyone else: NOT_FOUND). */
  'reports.result': channel<ReportView>()({
    input: z.strictObject({ jobId: idField }),
    roles: MANAGERS,
    audit: false,
  }),
  /**
   * Writes the report as Excel (several sheets, typed cells) or CSV (one file, sections) into a
   * folder main asks for; figures only, so no export approval. A job (kind `reports.export`).
   */
  'reports.export': channel<JobStarted>()({
    input: z.strictObject({ period: reportPeriodInput, format: z.enum(['xlsx', 'csv']) }),
    roles: MANAGERS,
    audit: true,
  }),
};
