import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '../../../shared/domain/clients';
import { AppError, notFound, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { addEvent, auditCase, caseToHandle, requireCase } from './caseRows';

function decodeBase64(text: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw validation({ contentBase64: 'format' });
  return Buffer.from(text, 'base64');
}

/** Internal notes and attachments: what is kept beside the case's history. */
export const caseFileHandlers: Pick<
  Handlers,
  'complaints.addInternalNote' | 'complaints.attach' | 'complaints.attachment'
> = {
  // The contract lets only supervisor and admin reach this; the note is never part of the
  // case's history, which every handler of the case reads.
  'complaints.addInternalNote': (ctx, input) => {
    requireCase(ctx, input.complaintId);
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        `INSERT INTO complaint_internal_notes (id, complaint_id, at, by_staff, body)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(id, input.complaintId, ctx.now, ctx.staff!.id, input.body);
    auditCase(ctx, input.complaintId);
    return { id, at: ctx.now, byName: ctx.staff!.display_name, body: input.body };
  },

  'complaints.attach': (ctx, input) => {
    const row = caseToHandle(ctx, input.complaintId);
    if (row.state === 'closed')
      throw new AppError('CONFLICT', 'The case is closed.', { reason: 'complaints.closed' });
    if (!(DOCUMENT_TYPES as readonly string[]).includes(input.mimeType))
      throw validation({ mimeType: 'type' }, 'complaints.attachmentType');
    const bytes = decodeBase64(input.contentBase64);
    if (bytes.length > MAX_DOCUMENT_BYTES)
      throw validation({ contentBase64: 'tooLarge' }, 'complaints.attachmentTooLarge');
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        `INSERT INTO complaint_attachments (id, complaint_id, file_name, mime_type, size, content, added_by, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, row.id, input.fileName, input.mimeType, bytes.length, bytes, ctx.staff!.id, ctx.now);
    addEvent(ctx, row.id, {
      kind: 'attachment',
      body: input.fileName,
      detail: { attachmentId: id },
    });
    auditCase(ctx, row.id, { attachmentId: id, size: bytes.length });
    return {
      id,
      fileName: input.fileName,
      mimeType: input.mimeType,
      size: bytes.length,
      addedAt: ctx.now,
      addedByName: ctx.staff!.display_name,
    };
  },

  'complaints.attachment': (ctx, input) => {
    requireCase(ctx, input.complaintId);
    const a = ctx.db
      .prepare(
        'SELECT file_name, mime_type, content FROM complaint_attachments WHERE id = ? AND complaint_id = ?',
      )
      .get(input.attachmentId, input.complaintId) as
      { file_name: string; mime_type: string; content: Buffer } | undefined;
    if (!a) throw notFound('Attachment');
    auditCase(ctx, input.complaintId, { attachmentId: input.attachmentId });
    return {
      fileName: a.file_name,
      mimeType: a.mime_type,
      contentBase64: a.content.toString('base64'),
    };
  },
};
