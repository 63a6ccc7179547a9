import { z } from 'zod';
import { OVERSIGHT_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { idField, noInput, timestampField } from '../fields';
import type { AuditFacets, AuditPage, AuditVerifyReport } from '../views';

export const auditChannels = {
  'audit.list': channel<AuditPage>()({
    input: z
      .strictObject({
        actorId: idField.optional(),
        action: z.string().min(1).max(64).optional(),
        from: timestampField.optional(),
        to: timestampField.optional(),
        beforeSeq: z.number().int().min(1).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .refine((v) => v.from === undefined || v.to === undefined || v.from <= v.to, {
        message: 'from must not be after to',
        path: ['from'],
      }),
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  /** The people and actions that occur in the log, for the viewer's filters. */
  'audit.facets': channel<AuditFacets>()({
    input: noInput,
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  'audit.verify': channel<AuditVerifyReport>()({
    input: noInput,
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
};
