import type { Handlers } from '../../ipc/handler';
import { listAccess, unusualReadings } from './fileAccess';

const DAY_MS = 24 * 60 * 60_000;

export const accessHandlers: Pick<Handlers, 'access.list'> = {
  'access.list': (ctx, input) => {
    const to = input?.to ?? ctx.now;
    const from = input?.from ?? to - 30 * DAY_MS;
    ctx.audit.detail = { from, to };
    return {
      rows: listAccess(ctx.db, {
        ...(input?.staffId ? { staffId: input.staffId } : {}),
        ...(input?.clientId ? { clientId: input.clientId } : {}),
        from,
        to,
        restrictedOnly: input?.restrictedOnly ?? false,
        limit: input?.limit ?? 200,
      }),
      unusual: unusualReadings(ctx.db, from, to),
    };
  },
};
