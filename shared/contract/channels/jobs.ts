import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { idField, noInput } from '../fields';
import type { JobView } from '../jobViews';

export const jobChannels = {
  /** My jobs now running and the last few that ended (jobs live as long as the app runs). */
  'jobs.list': channel<JobView[]>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  /** Asks a running job of mine to stop; it undoes what it wrote before it ends. */
  'jobs.cancel': channel<JobView>()({
    input: z.strictObject({ id: idField }),
    roles: ALL_ROLES,
    audit: true,
  }),
};
