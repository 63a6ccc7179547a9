import type { BlockListEntry } from '../../../shared/contract/receptionViews';
import { maskIdNumber, maskPhone } from '../../../shared/domain/masking';
import {
  getBlockEntry,
  insertBlockEntry,
  listBlockEntries,
  type BlockRow,
} from './receptionQueries';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';
import { AppError, notFound } from '../../ipc/errors';
import { idNumberKeyOf, nameKeyOf, phoneKeyOf, pinyinKeyOf } from './blockListMatch';
import type { Handlers } from '../../ipc/handler';

/** Phone and ID number leave main masked, like a client file's. */
function entryView(db: Db, row: BlockRow): BlockListEntry {
  return {
    id: row.id,
    name: row.name,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    idNumberMasked: row.id_number
      ? maskIdNumber(row.id_number, row.id_number.length === 18 ? 'prcId' : 'other')
      : null,
    reason: row.reason,
    addedAt: row.added_at,
    addedByName: getStaff(db, row.added_by)?.display_name ?? null,
    active: row.active === 1,
    removedAt: row.removed_at,
  };
}

export const blockListHandlers: Pick<
  Handlers,
  'blockList.add' | 'blockList.list' | 'blockList.remove'
> = {
  'blockList.add': (ctx, input) => {
    const row: BlockRow = {
      id: ctx.env.ids(),
      name: input.name,
      name_key: nameKeyOf(input.name),
      pinyin: pinyinKeyOf(input.name),
      phone: phoneKeyOf(input.phone),
      id_number: idNumberKeyOf(input.idNumber),
      reason: input.reason,
      added_by: ctx.staff!.id,
      added_at: ctx.now,
      active: 1,
      removed_by: null,
      removed_at: null,
    };
    insertBlockEntry(ctx.db, row);
    ctx.audit.targetType = 'blockList';
    ctx.audit.targetId = row.id;
    return entryView(ctx.db, row);
  },

  'blockList.list': (ctx, input) =>
    listBlockEntries(ctx.db, input?.includeRemoved ?? false).map((r) => entryView(ctx.db, r)),

  'blockList.remove': (ctx, input) => {
    const row = getBlockEntry(ctx.db, input.id);
    if (!row) throw notFound('Block-list entry');
    if (row.active !== 1)
      throw new AppError('CONFLICT', 'This entry was already removed.', {
        reason: 'blockList.alreadyRemoved',
      });
    ctx.db
      .prepare('UPDATE block_list SET active = 0, removed_by = ?, removed_at = ? WHERE id = ?')
      .run(ctx.staff!.id, ctx.now, row.id);
    ctx.audit.targetType = 'blockList';
    ctx.audit.targetId = row.id;
    return entryView(ctx.db, getBlockEntry(ctx.db, row.id)!);
  },
};
