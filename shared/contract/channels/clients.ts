import { z } from 'zod';
import {
  CREDIT_GRADES,
  FILE_GUARDIANS,
  MEMBERSHIP_STATUSES,
  SECRECY_LEVELS,
  CLIENT_KINDS,
} from '../../domain/clients';
import { ALL_ROLES, type Role } from '../../domain/roles';
import { clientCreateInput, clientUpdateInput, reasonField, secrecyField } from '../clientFields';
import type {
  ClientChange,
  ClientFile,
  ClientPage,
  ClientSummary,
  DocumentMeta,
  ImportPreview,
  StaffDirectoryEntry,
} from '../clientViews';
import { channel } from '../define';
import type { JobStarted } from '../jobViews';
import { idField, noInput, timestampField } from '../fields';

const anyStaff = ALL_ROLES;
const MANAGERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

const importRows = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  /** The sheet as read in the renderer: a header row, then up to 50,000 data rows. */
  rows: z
    .array(z.array(z.string().max(2000)).max(60))
    .min(1)
    .max(50_001),
});

export const clientChannels = {
  /** The desk search: card, phone or its last four digits, name, pinyin or initials. */
  'clients.search': channel<ClientSummary[]>()({
    input: z.strictObject({
      q: z.string().trim().min(1).max(60),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    roles: anyStaff,
    audit: false,
  }),
  'clients.list': channel<ClientPage>()({
    input: z
      .strictObject({
        q: z.string().trim().max(60).optional(),
        kind: z.enum(CLIENT_KINDS).optional(),
        status: z.enum(MEMBERSHIP_STATUSES).optional(),
        creditGrade: z.enum(CREDIT_GRADES).optional(),
        secrecy: z.enum(SECRECY_LEVELS).optional(),
        consultantId: idField.optional(),
        tag: z.string().trim().min(1).max(20).optional(),
        offset: z.number().int().min(0).max(1_000_000).optional(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .optional(),
    roles: anyStaff,
    audit: false,
  }),
  /** The check-in card of any file, restricted or not. */
  'clients.summary': channel<ClientSummary>()({
    input: z.strictObject({ id: idField }),
    roles: anyStaff,
    audit: false,
  }),
  /** Opens the full file. 机密/绝密 need a guardian's role and a reason, and go on the access record. */
  'clients.get': channel<ClientFile>()({
    input: z.strictObject({ id: idField, reason: reasonField.optional() }),
    roles: anyStaff,
    audit: true,
  }),
  'clients.create': channel<ClientFile>()({
    input: clientCreateInput,
    roles: anyStaff,
    audit: true,
  }),
  'clients.update': channel<ClientFile>()({
    input: clientUpdateInput,
    roles: anyStaff,
    audit: true,
  }),
  /** Setting or lowering a secrecy level is a guardian's action. */
  'clients.setSecrecy': channel<ClientFile>()({
    input: z.strictObject({
      id: idField,
      level: secrecyField,
      until: timestampField.nullable(),
      reason: reasonField,
    }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  'clients.history': channel<ClientChange[]>()({
    input: z.strictObject({ id: idField }),
    roles: anyStaff,
    audit: true,
  }),
  /** Shows a masked phone or ID number in clear; every reveal is on the access record. */
  'clients.reveal': channel<{ phones: string[]; idNumber: string | null }>()({
    input: z.strictObject({
      id: idField,
      field: z.enum(['phones', 'idNumber']),
      reason: reasonField.optional(),
    }),
    roles: anyStaff,
    audit: true,
  }),
  'clients.photo': channel<{ dataUrl: string | null }>()({
    input: z.strictObject({ id: idField }),
    roles: anyStaff,
    audit: false,
  }),
  'clients.setPhoto': channel<{ hasPhoto: boolean }>()({
    input: z.strictObject({
      id: idField,
      /** data:image/…;base64,… or null to remove. The size limit is checked in main. */
      dataUrl: z.string().max(4_000_000).nullable(),
    }),
    roles: anyStaff,
    audit: true,
  }),
  'clients.addDocument': channel<DocumentMeta>()({
    input: z.strictObject({
      id: idField,
      fileName: z.string().trim().min(1).max(200),
      mimeType: z.string().min(3).max(100),
      contentBase64: z.string().min(1).max(8_000_000),
    }),
    roles: anyStaff,
    audit: true,
  }),
  'clients.document': channel<{ fileName: string; mimeType: string; contentBase64: string }>()({
    input: z.strictObject({ id: idField, documentId: idField, reason: reasonField.optional() }),
    roles: anyStaff,
    audit: true,
  }),
  'clients.removeDocument': channel<null>()({
    input: z.strictObject({ id: idField, documentId: idField }),
    roles: MANAGERS,
    audit: true,
  }),
  /** Starts the preview job: the rows are checked in chunks; its report is fetched at the end. */
  'clients.importPreview': channel<JobStarted>()({
    input: importRows,
    roles: MANAGERS,
    audit: false,
  }),
  /** A finished preview job's report, for the person who started it only. */
  'clients.importPreviewResult': channel<ImportPreview>()({
    input: z.strictObject({ jobId: idField }),
    roles: MANAGERS,
    audit: false,
  }),
  /** Starts the import job: every valid row lands at once when it ends, or none does. */
  'clients.importCommit': channel<JobStarted>()({
    input: importRows,
    roles: MANAGERS,
    audit: true,
  }),
  /** Names and roles of active staff, e.g. to assign a consultant. */
  'staff.directory': channel<StaffDirectoryEntry[]>()({
    input: noInput,
    roles: anyStaff,
    audit: false,
  }),
};
