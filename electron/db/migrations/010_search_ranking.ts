import { searchTerms } from '../../features/clients';
import type { Migration } from './types';

type TermSource = Parameters<typeof searchTerms>[0];

/**
 * Search that ranks (issue 11): the whole-name terms (fn:, fy:, fi:) and the card's last
 * digits (d:) are added to every file's index; `client_visits` keeps each member's latest
 * check-in and count, kept by a trigger on check_ins, so a search can rank by who is likely
 * at the desk with one primary-key lookup per candidate (check_ins itself has no client index,
 * on purpose: see 003). And an index on ID numbers, so an import can refuse a repeated one.
 */
export const searchRanking: Migration = {
  version: 10,
  name: 'search_ranking',
  up(db) {
    db.exec(`
      CREATE INDEX clients_id_number ON clients (id_number) WHERE id_number IS NOT NULL;

      CREATE TABLE client_visits (
        client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        last_at   INTEGER NOT NULL,
        visits    INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO client_visits (client_id, last_at, visits)
        SELECT client_id, max(checked_in_at), count(*) FROM check_ins
        WHERE client_id IS NOT NULL GROUP BY client_id;
      CREATE TRIGGER check_ins_visit AFTER INSERT ON check_ins
        WHEN NEW.client_id IS NOT NULL
      BEGIN
        INSERT INTO client_visits (client_id, last_at, visits) VALUES (NEW.client_id, NEW.checked_in_at, 1)
        ON CONFLICT (client_id) DO UPDATE SET
          last_at = max(last_at, excluded.last_at), visits = visits + 1;
      END;
    `);
    // Only terms are added (the old ones are unchanged), so INSERT OR IGNORE of the whole set.
    const insert = db.prepare(
      'INSERT OR IGNORE INTO client_search (term, client_id) VALUES (?, ?)',
    );
    const rows = db
      .prepare('SELECT id, name, name_latin, card_number, phones, contacts FROM clients')
      .all() as (TermSource & { id: string })[];
    for (const row of rows) for (const term of searchTerms(row)) insert.run(term, row.id);
  },
};
