import type { ConsultantConversion, VisitorFigures } from '../../../shared/contract/reportViews';
import { phoneDigits } from '../../../shared/domain/phone';
import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

export const VISITORS_SQL = `SELECT registered_at, trial, consultant_id, phone, client_id FROM visitors
  WHERE business_date BETWEEN @fromDay AND @toDay
    AND registered_at >= @from AND registered_at < @to`;

/**
 * A visitor became a member when a file with a card was made for them after their visit and
 * before the period ended: the file the visitor was linked to, else a file with the visitor's
 * phone (the search index's phone term, a primary-key look-up).
 */
export const CONVERTED_BY_PHONE_SQL = `SELECT 1 FROM client_search s JOIN clients c ON c.id = s.client_id
  WHERE s.term = @term AND c.card_type IS NOT NULL
    AND c.created_at >= @since AND c.created_at < @until LIMIT 1`;
export const CONVERTED_BY_FILE_SQL = `SELECT 1 FROM clients
  WHERE id = @id AND card_type IS NOT NULL AND created_at >= @since AND created_at < @until`;

type VisitorRow = [number, number, string | null, string | null, string | null];

export function visitorFigures(db: Db, p: PeriodDays): VisitorFigures {
  const rows = db.prepare(VISITORS_SQL).raw().all(p.span) as VisitorRow[];
  const byPhone = db.prepare(CONVERTED_BY_PHONE_SQL);
  const byFile = db.prepare(CONVERTED_BY_FILE_SQL);
  const converted = (r: VisitorRow): boolean => {
    const window = { since: r[0], until: p.span.to };
    if (r[4]) return byFile.get({ id: r[4], ...window }) !== undefined;
    // The digits the search index keeps for a phone (clients/clientSearch phoneTerms).
    const digits = r[3] ? (phoneDigits(r[3]) ?? r[3].replace(/\D/g, '')) : '';
    return digits.length >= 4 && byPhone.get({ term: `p:${digits}`, ...window }) !== undefined;
  };
  const names = new Map(
    (db.prepare('SELECT id, display_name FROM staff').raw().all() as [string, string][]).map(
      ([id, name]) => [id, name],
    ),
  );
  const per = new Map<string, ConsultantConversion>();
  const totals = { total: 0, trials: 0, converted: 0 };
  for (const r of rows) {
    if (p.dayIndex(r[0]) < 0) continue;
    const c = converted(r) ? 1 : 0;
    totals.total += 1;
    totals.trials += r[1];
    totals.converted += c;
    if (!r[2]) continue;
    const row = per.get(r[2]) ?? {
      staffId: r[2],
      name: names.get(r[2]) ?? '',
      visitors: 0,
      trials: 0,
      converted: 0,
    };
    row.visitors += 1;
    row.trials += r[1];
    row.converted += c;
    per.set(r[2], row);
  }
  return {
    ...totals,
    conversionRate: totals.total > 0 ? totals.converted / totals.total : null,
    byConsultant: [...per.values()].sort(
      (a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name),
    ),
  };
}
