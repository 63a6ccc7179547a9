import { OVERSIGHT_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { noInput } from '../fields';
import type { IntegrityStatus } from '../integrityViews';

export const integrityChannels = {
  /** The checks at this open and the last full check (a job Core starts after every open). */
  'integrity.status': channel<IntegrityStatus>()({
    input: noInput,
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  /** Runs the full check again now, as a job on the jobs worker; its end is audited. */
  'integrity.run': channel<{ jobId: string }>()({
    input: noInput,
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
};
