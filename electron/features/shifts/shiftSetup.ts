import type { ChecklistItem, RosterEntry } from '../../../shared/contract/shiftViews';
import {
  getChecklistItem,
  getTemplate,
  listChecklistItems,
  listTemplates,
  replaceRoster,
  rosterBetween,
  upsertChecklistItem,
  upsertTemplate,
  type ChecklistItemRow,
  type RosterRow,
} from './shiftQueries';
import { getStaff } from '../staff';
import type { ServiceContext } from '../../ipc/context';
import { notFound, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { ensureShiftDefaults } from './shiftDefaults';
import { templateView } from './shiftView';

/** Offers the site's default shifts and checklists the first time anyone looks at them. */
export function ensureDefaults(ctx: ServiceContext): void {
  ensureShiftDefaults(ctx.db, ctx.now, ctx.staff, ctx.env.ids);
}

function itemView(row: ChecklistItemRow): ChecklistItem {
  return {
    id: row.id,
    phase: row.phase,
    label: row.label,
    active: row.active === 1,
    sort: row.sort,
  };
}

function rosterView(row: RosterRow): RosterEntry {
  return {
    businessDate: row.business_date,
    templateId: row.template_id,
    staffId: row.staff_id,
    displayName: row.display_name,
  };
}

function activeStaffIds(ctx: ServiceContext, ids: string[]): string[] {
  const unique = [...new Set(ids)];
  const bad = unique.filter((id) => getStaff(ctx.db, id)?.active !== 1);
  if (bad.length)
    throw validation({ staffIds: 'not an active staff member' }, 'shifts.unknownStaff');
  return unique;
}

export const shiftSetupHandlers: Pick<
  Handlers,
  | 'shifts.templates'
  | 'shifts.setTemplate'
  | 'shifts.checklist'
  | 'shifts.setChecklistItem'
  | 'shifts.roster'
  | 'shifts.setRoster'
> = {
  'shifts.templates': (ctx) => {
    ensureDefaults(ctx);
    return listTemplates(ctx.db).map(templateView);
  },

  'shifts.setTemplate': (ctx, input) => {
    ensureDefaults(ctx);
    const before = input.id ? getTemplate(ctx.db, input.id) : undefined;
    if (input.id && !before) throw notFound('Shift template');
    const row = {
      id: before?.id ?? ctx.env.ids(),
      name: input.name,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      active: (input.active ?? (before ? before.active === 1 : true)) ? (1 as const) : (0 as const),
      sort: input.sort ?? before?.sort ?? listTemplates(ctx.db).length,
      updated_at: ctx.now,
    };
    upsertTemplate(ctx.db, row);
    ctx.audit.targetType = 'shiftTemplate';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { created: !before, active: row.active === 1 };
    return templateView(row);
  },

  'shifts.checklist': (ctx) => {
    ensureDefaults(ctx);
    return listChecklistItems(ctx.db).map(itemView);
  },

  'shifts.setChecklistItem': (ctx, input) => {
    ensureDefaults(ctx);
    const before = input.id ? getChecklistItem(ctx.db, input.id) : undefined;
    if (input.id && !before) throw notFound('Checklist item');
    const samePhase = listChecklistItems(ctx.db).filter((i) => i.phase === input.phase);
    const row: ChecklistItemRow = {
      id: before?.id ?? ctx.env.ids(),
      phase: input.phase,
      label: input.label,
      active: (input.active ?? (before ? before.active === 1 : true)) ? 1 : 0,
      sort: input.sort ?? before?.sort ?? samePhase.length,
      updated_at: ctx.now,
    };
    upsertChecklistItem(ctx.db, row);
    ctx.audit.targetType = 'checklistItem';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { created: !before, phase: row.phase, active: row.active === 1 };
    return itemView(row);
  },

  'shifts.roster': (ctx, input) => rosterBetween(ctx.db, input.from, input.to).map(rosterView),

  /** 排班: the list given becomes the whole roster of that shift on that day. */
  'shifts.setRoster': (ctx, input) => {
    if (!getTemplate(ctx.db, input.templateId)) throw notFound('Shift template');
    const ids = activeStaffIds(ctx, input.staffIds);
    replaceRoster(ctx.db, input.businessDate, input.templateId, ids, ctx.staff!.id, ctx.now);
    ctx.audit.targetType = 'shiftTemplate';
    ctx.audit.targetId = input.templateId;
    ctx.audit.detail = { businessDate: input.businessDate, staff: ids.length };
    return rosterBetween(ctx.db, input.businessDate, input.businessDate)
      .filter((r) => r.template_id === input.templateId)
      .map(rosterView);
  },
};
