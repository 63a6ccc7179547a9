import type { ClientFollowUps, FollowUpDay } from '../../../shared/contract/followUpViews';
import type { ServiceContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import {
  CALL_SELECT,
  MANAGER_ROLES,
  callView,
  plansOfClient,
  planView,
  stateOf,
  type CallRow,
} from './callViews';
import { readAutoRules, setAutoRule } from './autoRules';
import { endPlan, setPlan } from './plans';
import { recordCall } from './record';
import { openableClient, requireClientFiles, viewer } from './viewer';

const MINE = '(f.assigned_to = @me OR f.assigned_to IS NULL)';

function today(ctx: ServiceContext, scope: 'mine' | 'all' | undefined): FollowUpDay {
  const who = viewer(ctx);
  const canSeeAll = MANAGER_ROLES.includes(who.role);
  const chosen = scope ?? (canSeeAll ? 'all' : 'mine');
  if (chosen === 'all' && !canSeeAll)
    throw new AppError('FORBIDDEN', 'Only a manager sees the calls of everyone.', {
      reason: 'followUps.notManager',
    });
  const mine = chosen === 'mine';
  const open = ctx.db
    .prepare(
      `${CALL_SELECT} WHERE f.done_at IS NULL AND f.dropped_at IS NULL AND f.due_day <= @day
       ${mine ? `AND ${MINE}` : ''}
       ORDER BY f.due_day, f.due_at IS NULL, f.due_at, f.created_at, f.id`,
    )
    .all({ day: who.today, me: who.staffId }) as CallRow[];
  const done = ctx.db
    .prepare(
      `${CALL_SELECT} WHERE f.done_day = @day
       ${mine ? `AND (${MINE} OR f.done_by = @me)` : ''}
       ORDER BY f.done_at DESC, f.id`,
    )
    .all({ day: who.today, me: who.staffId }) as CallRow[];
  return {
    day: who.today,
    now: ctx.now,
    scope: chosen,
    canSeeAll,
    open: open.map((r) => callView(r, who)),
    doneToday: done.map((r) => callView(r, who)),
  };
}

function ofClient(ctx: ServiceContext, clientId: string): ClientFollowUps {
  openableClient(ctx, clientId);
  const who = viewer(ctx);
  const rows = ctx.db
    .prepare(`${CALL_SELECT} WHERE f.client_id = ? ORDER BY f.due_day, f.attempt, f.id`)
    .all(clientId) as CallRow[];
  const upcoming = rows.filter((r) => stateOf(r) === 'open');
  const past = rows
    .filter((r) => stateOf(r) !== 'open')
    .sort((a, b) => (b.done_at ?? b.dropped_at ?? 0) - (a.done_at ?? a.dropped_at ?? 0));
  const last = past.find((r) => r.outcome !== null);
  const lastState = last ? stateOf(last) : null;
  return {
    clientId,
    plans: plansOfClient(ctx.db, clientId).map(planView),
    upcoming: upcoming.map((r) => callView(r, who)),
    past: past.map((r) => callView(r, who)),
    flag: lastState === 'unreachable' || lastState === 'wrongNumber' ? lastState : null,
  };
}

export const followUpHandlers: Pick<
  Handlers,
  | 'followUps.today'
  | 'followUps.record'
  | 'followUps.ofClient'
  | 'followUps.setPlan'
  | 'followUps.endPlan'
  | 'followUps.rules'
  | 'followUps.setRule'
> = {
  'followUps.rules': (ctx) => readAutoRules(ctx.db),
  'followUps.setRule': (ctx, input) => {
    requireClientFiles(ctx);
    return setAutoRule(ctx, input);
  },
  'followUps.today': (ctx, input) => today(ctx, input?.scope),
  'followUps.record': (ctx, input) => recordCall(ctx, input),
  'followUps.ofClient': (ctx, input) => ofClient(ctx, input.clientId),
  'followUps.setPlan': (ctx, input) => {
    requireClientFiles(ctx);
    return setPlan(ctx, input);
  },
  'followUps.endPlan': (ctx, input) => {
    requireClientFiles(ctx);
    return endPlan(ctx, input.planId);
  },
};
