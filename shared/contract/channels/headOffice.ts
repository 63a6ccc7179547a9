import { z } from 'zod';
import { ADMIN_ONLY } from '../../domain/roles';
import { channel } from '../define';
import { noInput } from '../fields';
import type {
  BranchIdentityView,
  BranchOutboxView,
  HeadOfficeSettingsView,
} from '../headOfficeViews';
import type { JobView } from '../jobViews';

const pemText = z.string().trim().max(20_000);

/** Any field left out keeps its value; `password` is only ever written, never read back. */
export const headOfficeUpdateInput = z.strictObject({
  host: z
    .string()
    .trim()
    .max(253)
    .regex(/^[A-Za-z0-9.:_-]*$/, 'a host name or address')
    .optional(),
  port: z.number().int().min(1).max(65535).optional(),
  database: z
    .string()
    .trim()
    .min(1)
    .max(63)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  roleName: z
    .string()
    .trim()
    .max(63)
    .regex(/^[a-z0-9_]*$/, 'lower-case letters, digits and underscores')
    .optional(),
  password: z.string().min(16).max(200).optional(),
  caPem: pemText
    .regex(
      /^(-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*)?$/,
      'a PEM certificate',
    )
    .nullable()
    .optional(),
  publicKey: z
    .string()
    .trim()
    .regex(/^dkho1_[A-Za-z0-9_-]{43}$/, 'a head-office key (dkho1_…)')
    .nullable()
    .optional(),
  sharePersonalData: z.boolean().optional(),
});

export const headOfficeChannels = {
  /** 总部登记: this branch's site id, public key, its fingerprint and the enrolment code. */
  'branch.identity': channel<BranchIdentityView>()({
    input: noInput,
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** The outbox: next number, bundles not pushed yet, the last push, counts per kind. */
  'branch.outbox': channel<BranchOutboxView>()({ input: noInput, roles: ADMIN_ONLY, audit: false }),
  /** 总部连接 settings (the password only as set / not set). */
  'headOffice.get': channel<HeadOfficeSettingsView>()({
    input: noInput,
    roles: ADMIN_ONLY,
    audit: false,
  }),
  'headOffice.update': channel<HeadOfficeSettingsView>()({
    input: headOfficeUpdateInput,
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** Starts the push job (progress as job.progress events). */
  'headOffice.push': channel<JobView>()({ input: noInput, roles: ADMIN_ONLY, audit: true }),
  /** The pending bundles as one file sealed to head office's key, in the export folder. */
  'headOffice.exportFile': channel<JobView>()({ input: noInput, roles: ADMIN_ONLY, audit: true }),
};
