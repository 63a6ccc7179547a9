import type { Migration } from './types';

/**
 * The waiting queue of a service hall (排队叫号): a number per business day, called to a
 * counter, then served or gone. Wait timers are computed in main from taken_at.
 */
export const queue: Migration = {
  version: 5,
  name: 'queue',
  up(db) {
    db.exec(`
      CREATE TABLE queue_tickets (
        id            TEXT PRIMARY KEY,
        business_date TEXT NOT NULL,
        number        INTEGER NOT NULL CHECK (number > 0),
        name          TEXT,
        phone         TEXT,
        purpose       TEXT,
        taken_at      INTEGER NOT NULL,
        taken_by      TEXT NOT NULL,
        called_at     INTEGER,
        called_by     TEXT,
        counter       TEXT,
        served_at     INTEGER,
        left_at       INTEGER,
        status        TEXT NOT NULL DEFAULT 'waiting'
                      CHECK (status IN ('waiting','called','served','left')),
        UNIQUE (business_date, number)
      ) STRICT;
      CREATE INDEX queue_tickets_day_status ON queue_tickets (business_date, status, number);
    `);
  },
};
