import type { LostTag, TagOut } from '../../../shared/contract/deskViews';
import { today } from '../../ipc/context';
import { normalizeTag, parseTagSet } from '../../../shared/domain/desk';

import {
  getCharge,
  insertCharge,
  openCheckInByTag,
  openTagNumbers,
  outOfServiceTags,
} from './deskQueries';
import type { Db } from '../../db/types';
import { AppError, validation } from '../../ipc/errors';
import { chargeView, deskConfig } from './deskCommon';
import type { Handlers } from '../../ipc/handler';

/** The site's tag set, in the order tags are handed out. */
export function tagSet(db: Db): string[] {
  return parseTagSet(deskConfig(db).handTags) ?? [];
}

/** A tag typed at the desk must belong to the set; returns its canonical form. */
export function knownTag(db: Db, typed: string): string {
  const tag = normalizeTag(typed);
  if (!tagSet(db).includes(tag)) throw validation({ tagNumber: 'unknown' }, 'desk.unknownTag');
  return tag;
}

function outOfService(db: Db, tag: string): boolean {
  return outOfServiceTags(db).includes(tag);
}

/** The typed tag if it is free, else the next free one of the set. */
export function issueTag(db: Db, typed: string | undefined): string {
  if (typed !== undefined) {
    const tag = knownTag(db, typed);
    if (outOfService(db, tag))
      throw new AppError('CONFLICT', `Tag ${tag} is out of service.`, {
        reason: 'desk.tagOutOfService',
        fields: { tagNumber: 'outOfService' },
      });
    if (openCheckInByTag(db, tag))
      throw new AppError('CONFLICT', `Tag ${tag} is already lent.`, {
        reason: 'desk.tagOut',
        fields: { tagNumber: 'lent' },
      });
    return tag;
  }
  const taken = new Set([...openTagNumbers(db), ...outOfServiceTags(db)]);
  const free = tagSet(db).find((t) => !taken.has(t));
  if (!free) throw new AppError('CONFLICT', 'Every hand tag is out.', { reason: 'desk.noFreeTag' });
  return free;
}

function lostTagName(language: string): string {
  return language === 'en' ? 'Lost hand tag' : '手牌遗失';
}

export const deskTagHandlers: Pick<
  Handlers,
  'desk.tagsOut' | 'desk.tagLost' | 'desk.lostTags' | 'desk.tagFound'
> = {
  'desk.lostTags': (ctx) => {
    const rows = ctx.db.prepare('SELECT number, lost_at FROM hand_tags WHERE active = 0').all() as {
      number: string;
      lost_at: number | null;
    }[];
    const out: LostTag[] = rows.map((r) => ({ tagNumber: r.number, lostAt: r.lost_at }));
    return out.sort((a, b) => a.tagNumber.localeCompare(b.tagNumber, 'en', { numeric: true }));
  },

  'desk.tagFound': (ctx, input) => {
    const tag = knownTag(ctx.db, input.tagNumber);
    const row = ctx.db
      .prepare('SELECT lost_at FROM hand_tags WHERE number = ? AND active = 0')
      .get(tag) as { lost_at: number | null } | undefined;
    if (!row)
      throw new AppError('CONFLICT', `Tag ${tag} is not recorded lost.`, {
        reason: 'desk.tagNotLost',
      });
    // The loss stays on record (lost_date feeds the day's figures); only the tag returns.
    ctx.db.prepare('UPDATE hand_tags SET active = 1 WHERE number = ?').run(tag);
    ctx.audit.targetType = 'handTag';
    ctx.audit.targetId = tag;
    ctx.audit.detail = { lostAt: row.lost_at };
    return { tagNumber: tag, lostAt: row.lost_at };
  },

  'desk.tagsOut': (ctx) => {
    const rows = ctx.db
      .prepare(
        `SELECT ci.id, ci.client_id, ci.tag_number, ci.checked_in_at, c.name,
           (SELECT count(*) FROM tag_charges t
             WHERE t.check_in_id = ci.id AND t.voided_at IS NULL AND t.settled_at IS NULL) AS open_count,
           (SELECT coalesce(sum(t.total_cents), 0) FROM tag_charges t
             WHERE t.check_in_id = ci.id AND t.voided_at IS NULL AND t.settled_at IS NULL) AS open_cents
         FROM check_ins ci LEFT JOIN clients c ON c.id = ci.client_id
         WHERE ci.checked_out_at IS NULL AND ci.tag_number IS NOT NULL`,
      )
      .all() as {
      id: string;
      client_id: string | null;
      tag_number: string;
      checked_in_at: number;
      name: string | null;
      open_count: number;
      open_cents: number;
    }[];
    const out: TagOut[] = rows.map((r) => ({
      tagNumber: r.tag_number,
      checkInId: r.id,
      clientId: r.client_id,
      memberName: r.name,
      since: r.checked_in_at,
      openCharges: r.open_count,
      openChargesCents: r.open_cents,
    }));
    return out.sort((a, b) => a.tagNumber.localeCompare(b.tagNumber, 'en', { numeric: true }));
  },

  'desk.tagLost': (ctx, input) => {
    const tag = knownTag(ctx.db, input.tagNumber);
    if (outOfService(ctx.db, tag))
      throw new AppError('CONFLICT', `Tag ${tag} is already out of service.`, {
        reason: 'desk.tagOutOfService',
      });
    const holder = openCheckInByTag(ctx.db, tag);
    ctx.db
      .prepare(
        `INSERT INTO hand_tags (number, active, lost_at, lost_by, lost_reason, lost_date, check_in_id)
         VALUES (@number, 0, @at, @by, @reason, @day, @checkInId)
         ON CONFLICT (number) DO UPDATE SET active = 0, lost_at = @at, lost_by = @by,
           lost_reason = @reason, lost_date = @day, check_in_id = @checkInId`,
      )
      .run({
        number: tag,
        at: ctx.now,
        by: ctx.staff!.id,
        reason: input.reason,
        day: today(ctx),
        checkInId: holder?.id ?? null,
      });
    const { lostTagFeeCents, defaultLanguage } = deskConfig(ctx.db);
    let chargeId: string | null = null;
    if (holder && lostTagFeeCents > 0) {
      chargeId = ctx.env.ids();
      insertCharge(ctx.db, {
        id: chargeId,
        check_in_id: holder.id,
        item_id: null,
        name: lostTagName(defaultLanguage),
        unit_cents: lostTagFeeCents,
        quantity: 1,
        added_by: ctx.staff!.id,
        added_at: ctx.now,
      });
    }
    ctx.audit.targetType = 'handTag';
    ctx.audit.targetId = tag;
    ctx.audit.detail = {
      checkInId: holder?.id ?? null,
      chargeId,
      feeCents: chargeId ? lostTagFeeCents : 0,
    };
    return {
      tagNumber: tag,
      outOfService: true,
      charge: chargeId ? chargeView(ctx.db, getCharge(ctx.db, chargeId)!) : null,
    };
  },
};
