import type { Handlers } from '../ipc/handler';
import { AppError } from '../ipc/errors';

export const jobHandlers: Pick<Handlers, 'jobs.list' | 'jobs.cancel'> = {
  'jobs.list': (ctx) => ctx.env.jobs.listFor(ctx.staff!.id),

  /** Only the person who started a job stops it; someone else's job is as if it did not exist. */
  'jobs.cancel': (ctx, input) => {
    if (ctx.env.jobs.ownerOf(input.id)?.staffId !== ctx.staff!.id)
      throw new AppError('NOT_FOUND', 'No such job.', { reason: 'jobs.notFound' });
    const view = ctx.env.jobs.cancel(input.id);
    ctx.audit.targetType = 'job';
    ctx.audit.targetId = input.id;
    ctx.audit.detail = { kind: view.kind };
    return view;
  },
};
