import type { VisitorBadge } from '../../../shared/contract/receptionViews';
import type { Db } from '../../db/types';
import type { Handlers } from '../../ipc/handler';
import { AppError, notFound } from '../../ipc/errors';
import { readSettings } from '../settings';
import { getStaff } from '../staff';
import { getVisitor, type VisitorRow } from './receptionQueries';

/** Registrations are only ever added, so a visitor's place in the day never changes. */
function dayNumber(db: Db, row: VisitorRow): number {
  const r = db
    .prepare(
      `SELECT count(*) AS n FROM visitors
        WHERE business_date = ? AND (registered_at < ? OR (registered_at = ? AND id <= ?))`,
    )
    .get(row.business_date, row.registered_at, row.registered_at, row.id) as { n: number };
  return r.n;
}

export const visitorBadgeHandlers: Pick<Handlers, 'visitors.badge'> = {
  // A badge is for someone in the building: waiting, or with their consultant.
  'visitors.badge': (ctx, input): VisitorBadge => {
    const row = getVisitor(ctx.db, input.visitorId);
    if (!row) throw notFound('Visitor');
    if (row.status === 'left')
      throw new AppError('CONFLICT', 'This visitor has left.', { reason: 'visitors.left' });
    return {
      visitorId: row.id,
      name: row.name,
      hostName: row.consultant_id
        ? (getStaff(ctx.db, row.consultant_id)?.display_name ?? null)
        : null,
      registeredAt: row.registered_at,
      businessDate: row.business_date,
      siteName: readSettings(ctx.db).siteName,
      dayNumber: dayNumber(ctx.db, row),
      trial: row.trial === 1,
    };
  },
};
