import { z } from 'zod';
import {
  RETENTION_KINDS,
  RETENTION_MAX_MONTHS,
  RETENTION_MIN_MONTHS,
  type RetentionKind,
} from '../../domain/retention';
import { ADMIN_ONLY, OVERSIGHT_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { noInput } from '../fields';
import type { JobStarted } from '../jobViews';
import type { RetentionPreview, RetentionSettings } from '../retentionViews';

const monthsField = z.number().int().min(RETENTION_MIN_MONTHS).max(RETENTION_MAX_MONTHS);

/** Any subset of the kinds, each a whole number of months; at least one. */
const periodsField = z
  .strictObject(
    Object.fromEntries(RETENTION_KINDS.map((k) => [k, monthsField.optional()])) as Record<
      RetentionKind,
      z.ZodOptional<typeof monthsField>
    >,
  )
  .refine((p) => Object.values(p).some((m) => m !== undefined), 'at least one period');

export const retentionChannels = {
  /** The periods with their defaults, the last run's counts and the run going on. */
  'retention.get': channel<RetentionSettings>()({
    input: noInput,
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  /** Sets periods; handovers' is the handover retention setting itself. */
  'retention.update': channel<RetentionSettings>()({
    input: z.strictObject({ periods: periodsField }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** What the next run would change, per kind: counts, oldest date and cut-off. */
  'retention.preview': channel<RetentionPreview>()({
    input: noInput,
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  /** Anonymises every record past its period, as a job; start and end are audited. */
  'retention.run': channel<JobStarted>()({
    input: z.strictObject({ confirm: z.literal(true) }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
};
