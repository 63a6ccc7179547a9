import type { Core } from '../../../electron/app/core';
import type { DemoClock } from './demoClients';

const DAY = 86_400_000;

/**
 * A few nightly backups of the last days and a recovery drill, so the backups screen of
 * the demo desk has a history. Made through Core's own backup on the writer (the seed is
 * synchronous); the app's own backups run as jobs.
 */
export function seedDemoBackups(
  core: Core,
  clock: DemoClock,
  admin: { username: string; pin: string },
  recoveryKey: string,
): void {
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
  const client = 'demo-seed-backups';
  core.dispatch('auth.login', { username: admin.username, pin: admin.pin }, client);
  core.dispatch('backups.drill', { recoveryKey }, client);
  core.dispatch('auth.logout', undefined, client);
  back(now - clock.now());
}
