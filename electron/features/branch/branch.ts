import type { Handlers } from '../../ipc/handler';
import { readSettings } from '../settings';
import { enrolmentCode, ensureIdentity, keyFingerprint } from './identity';
import { outboxStatus } from './outbox';

export const branchHandlers: Pick<Handlers, 'branch.identity' | 'branch.outbox'> = {
  /** Made on the first look if no bundle made it before; the same from then on. */
  'branch.identity': (ctx) => {
    const identity = ensureIdentity(ctx.db, ctx.now, ctx.env.ids);
    const { siteName } = readSettings(ctx.db);
    ctx.audit.targetType = 'branch';
    ctx.audit.targetId = identity.siteId;
    return {
      siteId: identity.siteId,
      publicKeyPem: identity.publicKeyPem,
      fingerprint: keyFingerprint(identity.publicKeyPem),
      enrolmentCode: enrolmentCode(identity, siteName),
      createdAt: identity.createdAt,
      enrolledAt: identity.enrolledAt,
    };
  },

  'branch.outbox': (ctx) => outboxStatus(ctx.db),
};
