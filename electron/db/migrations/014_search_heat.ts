import type { Db } from '../types';
import type { Migration } from './types';

/** Decay of a visit's weight: e-fold in three days (halved in about two). */
const TAU = 259_200_000;
/** What an active membership adds to the key, as if the last visit were a day later. */
const BONUS = 86_400_000;

const MEMBER_BONUS = (c: string) =>
  `CASE WHEN ${c}.membership_status = 'active' THEN ${BONUS} ELSE 0 END`;

/**
 * One check-in at a time: the visit raises the member's heat by log-sum-exp, and every search
 * row of the file takes the new heat (about 16 rows moved within their terms).
 */
export const VISIT_TRIGGER = `
  CREATE TRIGGER check_ins_visit AFTER INSERT ON check_ins
    WHEN NEW.client_id IS NOT NULL
  BEGIN
    INSERT INTO client_visits (client_id, last_at, visits, heat)
      VALUES (NEW.client_id, NEW.checked_in_at, 1, NEW.checked_in_at)
    ON CONFLICT (client_id) DO UPDATE SET
      last_at = max(last_at, excluded.last_at), visits = visits + 1,
      heat = max(heat, excluded.heat) + ${TAU} * ln(1 + exp(-abs(heat - excluded.heat) / ${TAU}.0));
    UPDATE client_search SET heat =
      (SELECT v.heat FROM client_visits v WHERE v.client_id = NEW.client_id)
      + coalesce((SELECT ${MEMBER_BONUS('c')} FROM clients c WHERE c.id = NEW.client_id), 0)
    WHERE client_id = NEW.client_id;
  END;`;

/**
 * Visits and heat of every file from check_ins in bulk, and client_search rebuilt with them in
 * its primary key (a term's rows hottest first; equal heat, oldest file first). A second index
 * on (term, heat) instead would have added half again to the database. The bench writes its
 * two years of history without the trigger and calls this, as an upgraded vault has it.
 */
export function refreshSearchHeat(db: Db): void {
  db.exec(`
    DELETE FROM client_visits;
    INSERT INTO client_visits (client_id, last_at, visits, heat)
      SELECT k.client_id, m.last_at, count(*),
        m.last_at + ${TAU} * ln(sum(exp((k.checked_in_at - m.last_at) / ${TAU}.0)))
      FROM check_ins k
      JOIN (SELECT client_id, max(checked_in_at) AS last_at FROM check_ins
            WHERE client_id IS NOT NULL GROUP BY client_id) m ON m.client_id = k.client_id
      GROUP BY k.client_id;

    CREATE TABLE client_search_next (
      term      TEXT NOT NULL,
      heat      REAL NOT NULL DEFAULT 0,
      client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      PRIMARY KEY (term, heat DESC, client_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO client_search_next (term, heat, client_id)
      SELECT s.term, coalesce(v.heat, 0) + ${MEMBER_BONUS('c')}, s.client_id
      FROM client_search s JOIN clients c ON c.id = s.client_id
      LEFT JOIN client_visits v ON v.client_id = s.client_id
      ORDER BY 1, 2 DESC, 3;
    DROP TABLE client_search;
    ALTER TABLE client_search_next RENAME TO client_search;
    CREATE INDEX client_search_client ON client_search (client_id);
  `);
}

/**
 * Desk likelihood in the search index (issue 11). `heat` is a decayed visit count written as a
 * time: τ·ln Σ exp(tᵢ/τ) over a member's check-ins (kept by log-sum-exp, so it never
 * overflows). Every member's sum decays by the same factor as time passes, so comparing two
 * heats needs no clock and a stored order stays right: a member who came ten times two weeks ago
 * (heat ≈ 14 − 7 days ago) ranks below one who came once yesterday. client_search carries the
 * heat (plus BONUS for an active membership) in its primary key, so a probe reads a term's
 * files hottest first and stops after a page, instead of ranking thousands in memory.
 */
export const searchHeat: Migration = {
  version: 14,
  name: 'search_heat',
  up(db) {
    db.exec('ALTER TABLE client_visits ADD COLUMN heat REAL NOT NULL DEFAULT 0');
    refreshSearchHeat(db);
    db.exec(`DROP TRIGGER check_ins_visit; ${VISIT_TRIGGER}`);
  },
};
