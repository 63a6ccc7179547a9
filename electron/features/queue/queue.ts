import {
  getTicket,
  insertTicket,
  nextNumber,
  oldestWaiting,
  openTickets,
  updateTicket,
  type QueueTicketRow,
} from './queueQueries';
import { today } from '../../ipc/context';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { queueDayCounts, queueLimits, ticketView } from './queueView';

function ticketOf(ctx: ServiceContext, id: string): QueueTicketRow {
  const row = getTicket(ctx.db, id);
  if (!row) throw notFound('Queue ticket');
  ctx.audit.targetType = 'queueTicket';
  ctx.audit.targetId = row.id;
  return row;
}

function closed(): AppError {
  return new AppError('CONFLICT', 'This ticket is already served or gone.', {
    reason: 'queue.closed',
  });
}

export const queueHandlers: Pick<
  Handlers,
  'queue.take' | 'queue.list' | 'queue.call' | 'queue.serve' | 'queue.left' | 'queue.dayCounts'
> = {
  /** 取号: the day's next number; name, phone and purpose only if the person gives them. */
  'queue.take': (ctx, input) => {
    const db = ctx.db;
    const day = today(ctx);
    const row: QueueTicketRow = {
      id: ctx.env.ids(),
      business_date: day,
      number: nextNumber(db, day),
      name: input?.name ?? null,
      phone: input?.phone ?? null,
      purpose: input?.purpose ?? null,
      taken_at: ctx.now,
      taken_by: ctx.staff!.id,
      called_at: null,
      called_by: null,
      counter: null,
      served_at: null,
      left_at: null,
      status: 'waiting',
    };
    insertTicket(db, row);
    ctx.audit.targetType = 'queueTicket';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { number: row.number, businessDate: day };
    return ticketView(db, row, ctx.now);
  },

  'queue.list': (ctx) => {
    const limits = queueLimits(ctx.db);
    return {
      now: ctx.now,
      ...limits,
      tickets: openTickets(ctx.db).map((r) => ticketView(ctx.db, r, ctx.now, limits)),
    };
  },

  /** 叫号: the ticket named, or the oldest still waiting. */
  'queue.call': (ctx, input) => {
    let row: QueueTicketRow;
    if (input?.ticketId !== undefined) {
      row = ticketOf(ctx, input.ticketId);
      if (row.status !== 'waiting')
        throw new AppError('CONFLICT', 'This ticket is not waiting.', {
          reason: 'queue.notWaiting',
        });
    } else {
      const next = oldestWaiting(ctx.db);
      if (!next) throw new AppError('CONFLICT', 'No one is waiting.', { reason: 'queue.empty' });
      row = ticketOf(ctx, next.id);
    }
    const fresh = updateTicket(ctx.db, row.id, {
      status: 'called',
      called_at: ctx.now,
      called_by: ctx.staff!.id,
      counter: input?.counter ?? null,
    });
    ctx.audit.detail = {
      number: fresh.number,
      waitedMs: ctx.now - fresh.taken_at,
      ...(fresh.counter ? { counter: fresh.counter } : {}),
    };
    return ticketView(ctx.db, fresh, ctx.now);
  },

  /** Served at the counter; a person served straight from the queue counts as called now. */
  'queue.serve': (ctx, input) => {
    const row = ticketOf(ctx, input.ticketId);
    if (row.status === 'served' || row.status === 'left') throw closed();
    const fresh = updateTicket(ctx.db, row.id, {
      status: 'served',
      served_at: ctx.now,
      ...(row.called_at === null ? { called_at: ctx.now, called_by: ctx.staff!.id } : {}),
    });
    ctx.audit.detail = { number: fresh.number, from: row.status };
    return ticketView(ctx.db, fresh, ctx.now);
  },

  'queue.left': (ctx, input) => {
    const row = ticketOf(ctx, input.ticketId);
    if (row.status === 'served' || row.status === 'left') throw closed();
    const fresh = updateTicket(ctx.db, row.id, { status: 'left', left_at: ctx.now });
    ctx.audit.detail = { number: fresh.number, from: row.status };
    return ticketView(ctx.db, fresh, ctx.now);
  },

  'queue.dayCounts': (ctx, input) => queueDayCounts(ctx.db, input?.businessDate ?? today(ctx)),
};
