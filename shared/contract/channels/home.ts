import { ALL_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { noInput } from '../fields';
import type { HomeSummary } from '../homeViews';

export const homeChannels = {
  /** The home page's figures for the caller's role only; a plain read. */
  'home.summary': channel<HomeSummary>()({ input: noInput, roles: ALL_ROLES, audit: false }),
};
