import type { Core } from '../../../electron/app/core';
import { businessDate } from '../../../shared/domain/time';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A small deterministic random, so every demo vault has the same queue. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * 排队叫号 over the report history's weeks (days `from`…`to` ago): tickets through the
 * opening hours, longer waits at the evening rush and on weekends, a few who left before
 * their call. Written by SQL in one transaction (the queue keeps no audit rows per ticket
 * and the history's clock has already moved on), so the reports' queue section has waits
 * to show without slowing the demo seed.
 */
export function seedDemoReportQueue(
  core: Core,
  desk: string,
  days: { from: number; to: number } = { from: 75, to: 4 },
): number {
  const db = core.db!;
  const by = db.prepare('SELECT id FROM staff WHERE username = ?').pluck().get(desk) as string;
  const r = random(20261204);
  const insert = db.prepare(
    `INSERT INTO queue_tickets (id, business_date, number, purpose, taken_at, taken_by,
       called_at, called_by, counter, served_at, left_at, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  db.transaction(() => {
    for (let d = days.from; d >= days.to; d -= 1) {
      const date = new Date(Date.now() - d * DAY);
      const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
      const weekend = date.getDay() === 0 || date.getDay() === 6;
      const tickets = Math.round((weekend ? 22 : 14) + r() * 6);
      const times = Array.from({ length: tickets }, () => midnight + (9 + r() * 12) * 60 * MINUTE);
      times
        .sort((a, b) => a - b)
        .forEach((taken, i) => {
          const hour = new Date(taken).getHours();
          const rush = hour >= 17 || weekend;
          const wait = Math.round((rush ? 6 + r() * 22 : 1 + r() * 9) * MINUTE);
          const left = r() < 0.06;
          const called = left ? null : taken + wait;
          insert.run(
            `demo-q-${d}-${i + 1}`,
            businessDate(taken),
            i + 1,
            r() < 0.5 ? '办卡咨询' : '续费',
            Math.round(taken),
            by,
            called === null ? null : Math.round(called),
            called === null ? null : by,
            called === null ? null : r() < 0.5 ? '1' : '2',
            called === null ? null : Math.round(called + (4 + r() * 8) * MINUTE),
            left ? Math.round(taken + wait) : null,
            left ? 'left' : 'served',
          );
          written += 1;
        });
    }
  })();
  return written;
}
