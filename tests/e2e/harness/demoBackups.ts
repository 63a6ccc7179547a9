import type { Core } from '../../../electron/app/core';
import type { DemoClock } from './demoClients';

const DAY = 86_400_000;

/**
 * A few nightly backups of the last days and a recovery drill, so the backups screen of
 * the demo desk has a history. Made through Core's own backup on the writer (the seed is
 * synchronous); the app's own backups run as jobs.
 */
export function seedDemoBackups(core: Core, clock: DemoClock, admin: { username: string }): void {
  const back = (ms: number) => clock.travel(ms);
  const now = clock.now();
  const night = (daysAgo: number) => {
    const d = new Date(now - daysAgo * DAY);
    d.setHours(22, 47, 0, 0);
    return d.getTime();
  };
  for (const daysAgo of [6, 5, 3, 2, 1]) {
    back(night(daysAgo) - clock.now());
    core.backupNow('daily');
  }
  back(night(1) + 5 * 60_000 - clock.now());
  // The drill is a job now and the seed is synchronous (its Core closes right after), so
  // the drill's history line is written as the job would write it.
  const name = core.db!.prepare('SELECT display_name FROM staff WHERE username = ?').pluck();
  const latest = core.db!.prepare(
    "SELECT file_name FROM backup_runs WHERE kind = 'backup' AND outcome = 'ok' ORDER BY at DESC",
  );
  core
    .db!.prepare(
      `INSERT INTO backup_runs (id, at, kind, file_name, outcome, by_name)
     VALUES ('demo-drill', ?, 'drill', ?, 'ok', ?)`,
    )
    .run(clock.now(), latest.pluck().get(), name.get(admin.username));
  back(now - clock.now());
}
