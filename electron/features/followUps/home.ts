import type { ServiceContext } from '../../ipc/context';
import { followUpHandlers } from './followUpHandlers';

/** The home card "my calls today": calls still to make (overdue among them) and made today. */
export function myCallsToday(ctx: ServiceContext): { open: number; overdue: number; done: number } {
  const day = followUpHandlers['followUps.today'](ctx, { scope: 'mine' });
  if (!('open' in day)) return { open: 0, overdue: 0, done: 0 };
  return {
    open: day.open.length,
    overdue: day.open.filter((c) => c.overdue).length,
    done: day.doneToday.length,
  };
}
