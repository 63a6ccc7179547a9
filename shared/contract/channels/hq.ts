import { z } from 'zod';
import { ADMIN_ONLY, OVERSIGHT_ROLES } from '../../domain/roles';
import { dayField } from '../clientFields';
import { channel } from '../define';
import { idField, noInput } from '../fields';
import type { HqResult, HqSettingsView } from '../hqViews';
import type { JobStarted } from '../jobViews';
import { reportPeriodInput } from './reports';

/** Any field left out keeps its value; `password` is only ever written, never read back. */
export const hqSettingsInput = z.strictObject({
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
    .min(1)
    .max(63)
    .regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and underscores')
    .optional(),
  password: z.string().min(16).max(200).optional(),
  caPem: z
    .string()
    .trim()
    .max(20_000)
    .regex(
      /^(-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*)?$/,
      'a PEM certificate',
    )
    .nullable()
    .optional(),
});

/** 8 MiB of sealed bundles is a branch's years; the file is read in the renderer and sent. */
const MAX_FILE_BASE64 = 12_000_000;

/**
 * 总部模式 (a site whose profile is headOffice): every read of PostgreSQL is a job, because
 * the database is another server; `hq.result` hands the starter what it read.
 */
export const hqChannels = {
  'hq.settings': channel<HqSettingsView>()({ input: noInput, roles: ADMIN_ONLY, audit: false }),
  'hq.updateSettings': channel<HqSettingsView>()({
    input: hqSettingsInput,
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** 总部看板 for a month (any day inside names it) or a range of at most 62 days. */
  'hq.board': channel<JobStarted>()({
    input: z
      .strictObject({ from: dayField, to: dayField.optional() })
      .refine((p) => !p.to || p.to >= p.from, { message: 'to before from', path: ['to'] }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** 分店: enrolled branches, their bundles and what verification found. */
  'hq.branches': channel<JobStarted>()({ input: noInput, roles: OVERSIGHT_ROLES, audit: false }),
  /** 跨店报表: the branches' day reports of a period summed, with the previous period. */
  'hq.report': channel<JobStarted>()({
    input: reportPeriodInput,
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** The cross-branch report as Excel or CSV into a folder main asks for. */
  'hq.exportReport': channel<JobStarted>()({
    input: z.strictObject({ period: reportPeriodInput, format: z.enum(['xlsx', 'csv']) }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** Registers a branch from the code its admin copied; the result carries its password once. */
  'hq.enrol': channel<JobStarted>()({
    input: z.strictObject({ code: z.string().trim().min(20).max(4000) }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** Checks every branch's new bundles: order, hash, signature, audit anchors. */
  'hq.verify': channel<JobStarted>()({ input: noInput, roles: OVERSIGHT_ROLES, audit: true }),
  /** Imports a branch's offline file (.dkbf), read by the renderer and sent as base64. */
  'hq.importFile': channel<JobStarted>()({
    input: z.strictObject({
      fileName: z.string().trim().min(1).max(200),
      contentBase64: z
        .string()
        .min(4)
        .max(MAX_FILE_BASE64)
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
    }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** What a finished hq job read, for the person who started it only. */
  'hq.result': channel<HqResult>()({
    input: z.strictObject({ jobId: idField }),
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
};
