import { ADMIN_ONLY } from '../../domain/roles';
import { channel } from '../define';
import { noInput } from '../fields';
import type { BranchIdentityView, BranchOutboxView } from '../headOfficeViews';

export const headOfficeChannels = {
  /** 总部登记: this branch's site id, public key, its fingerprint and the enrolment code. */
  'branch.identity': channel<BranchIdentityView>()({
    input: noInput,
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** The outbox: next number, bundles not pushed yet, the last push, counts per kind. */
  'branch.outbox': channel<BranchOutboxView>()({ input: noInput, roles: ADMIN_ONLY, audit: false }),
};
