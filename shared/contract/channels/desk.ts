import { z } from 'zod';
import { OVERSIGHT_ROLES, ALL_ROLES } from '../../domain/roles';
import { PAYMENT_METHODS } from '../../domain/desk';
import { reasonField } from '../clientFields';
import type {
  CardSale,
  CheckInResult,
  CheckOutResult,
  DayCounts,
  DeskLookupEntry,
  LostTag,
  Occupancy,
  OnSiteEntry,
  PriceItem,
  TagChargeView,
  TagLostResult,
  TagOut,
} from '../deskViews';
import { channel } from '../define';
import { idField, noInput, pinField, usernameField } from '../fields';

const anyStaff = ALL_ROLES;
const tagField = z.string().trim().min(1).max(10);
const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** Exactly one of two optional fields; the issue names the first so the form can mark it. */
function exactlyOne<T extends Record<string, unknown>>(a: keyof T & string, b: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const count = [a, b].filter((k) => value[k] !== undefined).length;
    if (count !== 1) ctx.addIssue({ code: 'custom', path: [a], message: `give ${a} or ${b}` });
  };
}

const checkInInput = z
  .strictObject({
    clientId: idField,
    /** A tag typed at the desk; without it the next free tag is issued. */
    tagNumber: tagField.optional(),
    /** A duty manager, supervisor or admin lets in a refused member: their name, PIN, why. */
    overrideStaff: usernameField.optional(),
    overridePin: pinField.optional(),
    overrideReason: reasonField.optional(),
  })
  .superRefine((value, ctx) => {
    const given = (['overrideStaff', 'overridePin', 'overrideReason'] as const).filter(
      (k) => value[k] !== undefined,
    );
    if (given.length === 0 || given.length === 3) return;
    for (const k of ['overrideStaff', 'overridePin', 'overrideReason'] as const)
      if (value[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'required' });
  });

export const deskChannels = {
  /** The reception search: check-in cards plus who is on site now, with their tag. */
  'desk.lookup': channel<DeskLookupEntry[]>()({
    input: z.strictObject({
      q: z.string().trim().min(1).max(60),
      limit: z.number().int().min(1).max(50).optional(),
    }),
    roles: anyStaff,
    audit: false,
  }),
  /** 入场: refuses expired/frozen/unpaid/banned unless a manager overrides; issues a tag. */
  'desk.checkIn': channel<CheckInResult>()({
    input: checkInInput,
    roles: anyStaff,
    audit: true,
  }),
  /** 离场 by check-in or by tag; refused while charges on the tag are open. */
  'desk.checkOut': channel<CheckOutResult>()({
    input: z
      .strictObject({ checkInId: idField.optional(), tagNumber: tagField.optional() })
      .superRefine(exactlyOne('checkInId', 'tagNumber')),
    roles: anyStaff,
    audit: true,
  }),
  /** The board of hand tags out: who, since when, open charges. */
  'desk.tagsOut': channel<TagOut[]>()({ input: noInput, roles: anyStaff, audit: false }),
  /** Records a lost tag, charges the site's fee to whoever had it, takes it out of service. */
  'desk.tagLost': channel<TagLostResult>()({
    input: z.strictObject({ tagNumber: tagField, reason: reasonField }),
    roles: anyStaff,
    audit: true,
  }),
  /** Tags recorded lost and still out of service, oldest first. */
  'desk.lostTags': channel<LostTag[]>()({ input: noInput, roles: anyStaff, audit: false }),
  /** A lost tag turns up: back into service, lendable again. */
  'desk.tagFound': channel<LostTag>()({
    input: z.strictObject({ tagNumber: tagField }),
    roles: anyStaff,
    audit: true,
  }),
  /** The 水吧单 of one check-in, every line with its state. */
  'desk.charges': channel<TagChargeView[]>()({
    input: z.strictObject({ checkInId: idField }),
    roles: anyStaff,
    audit: false,
  }),
  'desk.addCharge': channel<TagChargeView>()({
    input: z
      .strictObject({
        checkInId: idField.optional(),
        tagNumber: tagField.optional(),
        itemId: idField,
        quantity: z.number().int().min(1).max(99),
      })
      .superRefine(exactlyOne('checkInId', 'tagNumber')),
    roles: anyStaff,
    audit: true,
  }),
  /** Settles every open charge of a check-in by one method, or leaves them with a reason. */
  'desk.settle': channel<TagChargeView[]>()({
    input: z
      .strictObject({
        checkInId: idField,
        method: z.enum(PAYMENT_METHODS).optional(),
        leaveReason: reasonField.optional(),
      })
      .superRefine(exactlyOne('method', 'leaveReason')),
    roles: anyStaff,
    audit: true,
  }),
  /** 作废: a duty manager's, supervisor's or admin's name and PIN, typed by them. */
  'desk.voidCharge': channel<TagChargeView>()({
    input: z.strictObject({
      chargeId: idField,
      managerUsername: usernameField,
      managerPin: pinField,
      reason: reasonField,
    }),
    roles: anyStaff,
    audit: true,
  }),
  /** Drinks and items with their prices (never card prices: the product stores none). */
  'desk.priceList': channel<PriceItem[]>()({ input: noInput, roles: anyStaff, audit: false }),
  'desk.setPriceItem': channel<PriceItem>()({
    input: z.strictObject({
      id: idField.optional(),
      name: z.string().trim().min(1).max(40),
      priceCents: z.number().int().min(0).max(10_000_000),
      active: z.boolean().optional(),
      sort: z.number().int().min(0).max(10_000).optional(),
    }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** 卖出卡种及张数: type and count, no price field at all. */
  'desk.recordCardSale': channel<CardSale>()({
    input: z.strictObject({
      cardType: z.string().trim().min(1).max(40),
      count: z.number().int().min(1).max(100),
    }),
    roles: anyStaff,
    audit: true,
  }),
  /** Everyone on site now with their tags: the evacuation list. */
  'desk.onSite': channel<OnSiteEntry[]>()({ input: noInput, roles: anyStaff, audit: false }),
  'desk.occupancy': channel<Occupancy>()({ input: noInput, roles: anyStaff, audit: false }),
  /** The day's figures for the handover: entries by gender, cards sold, tags and charges open. */
  'desk.dayCounts': channel<DayCounts>()({
    input: z.strictObject({ businessDate: dayField.optional() }).optional(),
    roles: anyStaff,
    audit: false,
  }),
};
