import {
  DOCUMENT_TYPES,
  MAX_DOCUMENT_BYTES,
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
} from '../../../shared/domain/clients';
import { clientPhoto } from './clientQueries';
import { notFound, validation } from '../../ipc/errors';
import { admitReader, assertMayChange, requireClient } from './clientAccess';
import type { Handlers } from '../../ipc/handler';

const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]+)$/;

function decodeBase64(text: string, field: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw validation({ [field]: 'format' });
  return Buffer.from(text, 'base64');
}

export const clientMediaHandlers: Pick<
  Handlers,
  | 'clients.reveal'
  | 'clients.photo'
  | 'clients.setPhoto'
  | 'clients.addDocument'
  | 'clients.document'
  | 'clients.removeDocument'
> = {
  'clients.reveal': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    const denied = admitReader(ctx, row, 'reveal', input.reason, input.field);
    if (denied) return denied;
    // Even an unclassified file's reveal goes on the record: the number is personal data.
    if (row.secrecy === 'none') {
      ctx.db
        .prepare(
          `INSERT INTO file_access (id, at, staff_id, client_id, secrecy, kind, field, reason)
           VALUES (?, ?, ?, ?, 'none', 'reveal', ?, ?)`,
        )
        .run(ctx.env.ids(), ctx.now, ctx.staff!.id, row.id, input.field, input.reason ?? null);
    }
    return input.field === 'phones'
      ? { phones: JSON.parse(row.phones) as string[], idNumber: null }
      : { phones: [], idNumber: row.id_number };
  },

  // The photo is part of check-in: every role sees it, classified file or not.
  'clients.photo': (ctx, input) => {
    requireClient(ctx, input.id);
    const p = clientPhoto(ctx.db, input.id)!;
    return {
      dataUrl: p.photo ? `data:${p.photo_mime};base64,${p.photo.toString('base64')}` : null,
    };
  },

  'clients.setPhoto': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    assertMayChange(ctx, row);
    if (input.dataUrl === null) {
      ctx.db
        .prepare('UPDATE clients SET photo = NULL, photo_mime = NULL, updated_at = ? WHERE id = ?')
        .run(ctx.now, row.id);
      return { hasPhoto: false };
    }
    const match = DATA_URL.exec(input.dataUrl);
    if (!match || !(PHOTO_TYPES as readonly string[]).includes(match[1]!))
      throw validation({ dataUrl: 'type' });
    const bytes = decodeBase64(match[2]!, 'dataUrl');
    if (bytes.length > MAX_PHOTO_BYTES)
      throw validation({ dataUrl: 'tooLarge' }, 'clients.photoTooLarge');
    ctx.db
      .prepare('UPDATE clients SET photo = ?, photo_mime = ?, updated_at = ? WHERE id = ?')
      .run(bytes, match[1], ctx.now, row.id);
    ctx.audit.detail = { bytes: bytes.length };
    return { hasPhoto: true };
  },

  'clients.addDocument': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    assertMayChange(ctx, row);
    if (!(DOCUMENT_TYPES as readonly string[]).includes(input.mimeType))
      throw validation({ mimeType: 'type' });
    const bytes = decodeBase64(input.contentBase64, 'contentBase64');
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw validation({ contentBase64: 'tooLarge' }, 'clients.documentTooLarge');
    }
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        `INSERT INTO client_documents (id, client_id, file_name, mime_type, size, content, added_by, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, row.id, input.fileName, input.mimeType, bytes.length, bytes, ctx.staff!.id, ctx.now);
    ctx.audit.detail = { documentId: id, bytes: bytes.length, mimeType: input.mimeType };
    return {
      id,
      fileName: input.fileName,
      mimeType: input.mimeType,
      size: bytes.length,
      addedAt: ctx.now,
      addedByName: ctx.staff!.display_name,
    };
  },

  'clients.document': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    const denied = admitReader(ctx, row, 'document', input.reason, input.documentId);
    if (denied) return denied;
    const doc = ctx.db
      .prepare(
        'SELECT file_name, mime_type, content FROM client_documents WHERE id = ? AND client_id = ?',
      )
      .get(input.documentId, row.id) as
      { file_name: string; mime_type: string; content: Buffer } | undefined;
    if (!doc) throw notFound('Document');
    return {
      fileName: doc.file_name,
      mimeType: doc.mime_type,
      contentBase64: doc.content.toString('base64'),
    };
  },

  'clients.removeDocument': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    assertMayChange(ctx, row);
    const gone = ctx.db
      .prepare('DELETE FROM client_documents WHERE id = ? AND client_id = ?')
      .run(input.documentId, row.id);
    if (gone.changes === 0) throw notFound('Document');
    ctx.audit.detail = { documentId: input.documentId };
    return null;
  },
};
