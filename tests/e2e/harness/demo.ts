import type { Core } from '../../../electron/app/core';
import type { ChannelName, Input } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import { DEMO_HISTORY_MS, seedDemoClients, type DemoClock } from './demoClients';
import { seedDemoBackups } from './demoBackups';
import { seedDemoFrontDesk } from './demoFrontDesk';
import { seedDemoFollowUps } from './demoFollowUps';
import { seedDemoIncidents } from './demoIncidents';
import { seedDemoComplaints } from './demoComplaints';
import { openTodaysShift, seedDemoShifts } from './demoShifts';
import { seedDemoRetention } from './demoRetention';
import { seedDemoReportHistory } from './demoReports';
import { seedDemoReportQueue } from './demoReportQueue';
import { seedDemoPersonData } from './demoPersonData';
import { seedDemoStations } from './demoStations';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  pin: string;
  active?: boolean;
}

export const DEMO_SITE = '阳光健身 · 朝阳店';
export const DEMO_ADMIN: DemoAccount = {
  username: 'zhangwei',
  displayName: '张伟',
  role: 'admin',
  pin: '246810',
};

/** Staff of every role with the names a Beijing gym desk would have. */
export const DEMO_STAFF: DemoAccount[] = [
  { username: 'wangfang', displayName: '王芳', role: 'receptionist', pin: '1357' },
  { username: 'lina', displayName: '李娜', role: 'receptionist', pin: '2468' },
  { username: 'liuyang', displayName: '刘洋', role: 'consultant', pin: '3579' },
  { username: 'chenjing', displayName: '陈静', role: 'consultant', pin: '4680' },
  { username: 'huangmin', displayName: '黄敏', role: 'consultant', pin: '5791' },
  { username: 'zhaolei', displayName: '赵磊', role: 'dutyManager', pin: '6802' },
  { username: 'sunli', displayName: '孙丽', role: 'supervisor', pin: '791357' },
  { username: 'zhoujie', displayName: '周杰', role: 'receptionist', pin: '8024', active: false },
];

function must<C extends ChannelName>(core: Core, client: string, channel: C, input?: Input<C>) {
  const r = core.dispatch(channel, input, client);
  if (!r.ok) throw new Error(`demo seed: ${channel} failed: ${r.error.message}`);
  return r.data as { id?: string; recoveryKey?: string };
}

/**
 * Fills a fresh vault through the real router, as staff would: so the audit log, too,
 * looks like a desk that has been in use. Each feature adds its own records here.
 */
/** The harness's clock, which the demo seed moves through months of desk life. */
export function travelClock(): DemoClock & { clock: () => number } {
  let offset = 0;
  const now = () => Date.now() + offset;
  return { now, clock: now, travel: (ms) => (offset += ms) };
}

export interface DemoOptions {
  /** Open today's shift before the morning's desk work (the living desk of `npm run harness`). */
  currentShift?: boolean;
  /** Ten weeks of members in and out before the shifts, for the reports (`npm run harness`). */
  reportHistory?: boolean;
}

/** Returns the vault's recovery key (shown once in the app), for tests that restore. */
export function seedDemo(core: Core, clock?: DemoClock, options: DemoOptions = {}): string {
  const client = 'demo-seed';
  clock?.travel(-DEMO_HISTORY_MS);
  const { recoveryKey } = must(core, client, 'vault.setup', {
    siteName: DEMO_SITE,
    language: 'zh-CN',
    admin: {
      username: DEMO_ADMIN.username,
      displayName: DEMO_ADMIN.displayName,
      pin: DEMO_ADMIN.pin,
    },
  });
  must(core, client, 'auth.login', { username: DEMO_ADMIN.username, pin: DEMO_ADMIN.pin });
  must(core, client, 'settings.update', { idleLockMinutes: 10 });
  for (const s of DEMO_STAFF) {
    const created = must(core, client, 'staff.create', {
      username: s.username,
      displayName: s.displayName,
      role: s.role,
      pin: s.pin,
    });
    if (s.active === false)
      must(core, client, 'staff.setActive', { id: created.id!, active: false });
  }
  must(core, client, 'auth.logout');
  if (clock) {
    const by = (u: string) => DEMO_STAFF.find((s) => s.username === u)!;
    // Before anything else: the desk's first days, now past their retention period.
    seedDemoRetention(core, clock, { reception: by('lina'), consultant: by('liuyang') });
    seedDemoClients(core, clock, {
      reception: by('wangfang'),
      duty: by('zhaolei'),
      supervisor: by('sunli'),
    });
    if (options.reportHistory) {
      seedDemoReportHistory(core, clock, { reception: by('lina'), admin: DEMO_ADMIN });
      seedDemoReportQueue(core, 'lina');
    }
    const cast = {
      early: by('lina'),
      late: by('wangfang'),
      duty: by('zhaolei'),
      supervisor: by('sunli'),
    };
    seedDemoShifts(core, clock, cast);
    if (options.currentShift !== false) openTodaysShift(core, clock, cast.early);
    clock.travel(Date.now() - clock.now());
    seedDemoBackups(core, clock, DEMO_ADMIN);
  }
  // A morning at the desk: sign-ins, a mistyped PIN, a lock and unlock.
  for (const s of DEMO_STAFF.filter((x) => x.active !== false).slice(0, 4)) {
    must(core, `${client}-${s.username}`, 'auth.login', { username: s.username, pin: s.pin });
  }
  core.dispatch('auth.login', { username: 'wangfang', pin: '0000' }, `${client}-typo`);
  must(core, `${client}-wangfang`, 'auth.lock');
  must(core, `${client}-wangfang`, 'auth.unlock', { pin: '1357' });
  for (const s of DEMO_STAFF.filter((x) => x.active !== false).slice(0, 4)) {
    must(core, `${client}-${s.username}`, 'auth.logout');
  }
  if (clock) {
    const by = (u: string) => DEMO_STAFF.find((s) => s.username === u)!;
    seedDemoFrontDesk(
      core,
      { reception: by('lina'), supervisor: by('sunli') },
      DEMO_STAFF.filter((s) => s.role === 'consultant'),
    );
    seedDemoFollowUps(core, clock, { reception: by('wangfang'), supervisor: by('sunli') });
    seedDemoIncidents(core, { reception: by('lina'), duty: by('zhaolei') });
    seedDemoComplaints(core, clock, {
      reception: by('wangfang'),
      colleague: by('lina'),
      consultant: by('liuyang'),
      supervisor: by('sunli'),
    });
    seedDemoPersonData(core, { duty: by('zhaolei'), supervisor: by('sunli') });
    seedDemoStations(core, clock, DEMO_ADMIN);
  }
  return recoveryKey!;
}
