import { describe, expect, it, onTestFinished } from 'vitest';
import { DeskLink } from '../../electron/lan/deskLink';
import { LineProxy } from '../helpers/lineProxy';
import { pairedDesk, until, vaultPc, type VaultPc } from '../helpers/lanFixtures';

const sessionsOf = (pc: VaultPc, stationId: string) =>
  pc.core.sessions.all().filter((s) => s.clientId.startsWith(`station:${stationId}:`));

describe('a desk PC that restarts', () => {
  it('numbers its windows from 1 again, yet never finds the session left signed in before', async () => {
    const pc = await vaultPc();
    const desk = await pairedDesk(pc, '二号前台');
    await desk.login('reception', '1');
    expect(await desk.ok('session.get', undefined, '1')).toMatchObject({ role: 'receptionist' });
    expect(sessionsOf(pc, desk.station.id)).toHaveLength(1);

    // The desk PC crashes (no window says goodbye) and its main starts again.
    await desk.link.close();
    const again = new DeskLink(desk.creds, { minRetryMs: 50, maxRetryMs: 200 });
    onTestFinished(() => again.close());
    expect(await again.ready()).toBe(true);

    // Its first window is "1" again: signed out, and the old session is gone on the vault PC.
    expect(await again.dispatch('session.get', undefined, '1')).toEqual({ ok: true, data: null });
    await until(() => sessionsOf(pc, desk.station.id).length === 0, 2_000, 'old sessions ended');
  });

  it('a line that drops and comes back keeps its sessions (the same run of the desk)', async () => {
    const pc = await vaultPc();
    const proxy = new LineProxy(pc.port);
    const viaPort = await proxy.start();
    onTestFinished(() => proxy.close());
    const desk = await pairedDesk(pc, '二号前台', { viaPort });
    await desk.login('reception', '1');
    const states: boolean[] = [];
    desk.link.onState((up) => states.push(up));
    proxy.cut();
    await until(() => states.includes(false), 2_000, 'line down');
    proxy.restore();
    await until(() => states.at(-1) === true, 5_000, 'line back');
    expect(await desk.ok('session.get', undefined, '1')).toMatchObject({ role: 'receptionist' });
    expect(sessionsOf(pc, desk.station.id)).toHaveLength(1);
  });
});
