import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseVaultMessage, rawText, STATION_PATH } from '../../electron/lan/protocol';
import { connectTls, openWebSocket } from '../../electron/lan/secureLine';
import { LI_SI } from '../helpers/deskFixtures';
import { LineProxy } from '../helpers/lineProxy';
import { pairedDesk, until, vaultPc, type VaultPc } from '../helpers/lanFixtures';

function auditCount(pc: VaultPc, action: string): number {
  return pc.core
    .db!.prepare('SELECT count(*) FROM audit_log WHERE action = ?')
    .pluck()
    .get(action) as number;
}

async function proxied(pc: VaultPc) {
  const proxy = new LineProxy(pc.port);
  const viaPort = await proxy.start();
  onTestFinished(() => proxy.close());
  return { proxy, viaPort };
}

describe('LAN line drops', () => {
  it('a call whose answer is lost in a drop is answered once after the line is back', async () => {
    const pc = await vaultPc();
    const { proxy, viaPort } = await proxied(pc);
    const desk = await pairedDesk(pc, '二号前台', { viaPort });
    await desk.login('reception', '1');
    const states: boolean[] = [];
    desk.link.onState((up) => states.push(up));
    let armed = true;
    // The vault PC has committed the check-in and is sending its views: the cable is pulled
    // now, so the answer never reaches the desk.
    pc.core.onEvent((_clientId, event) => {
      if (!armed || event !== 'view:desk.tagsOut') return;
      armed = false;
      proxy.cut();
      setTimeout(() => proxy.restore(), 300);
    });
    const answer = await desk.call('desk.checkIn', { clientId: pc.zhang.id }, '1');
    expect(armed).toBe(false);
    expect(answer).toMatchObject({ ok: true, data: { checkIn: { clientId: pc.zhang.id } } });
    expect(states).toEqual([false, true]);
    expect(pc.count('check_ins')).toBe(1);
    expect(auditCount(pc, 'desk.checkIn')).toBe(1);
    // The session at the desk survived the drop.
    expect(await desk.call('desk.tagsOut', undefined, '1')).toMatchObject({ ok: true });
  });

  it('while the line is down calls are refused at once; a sent call gives up after the confirm window', async () => {
    const pc = await vaultPc();
    const { proxy, viaPort } = await proxied(pc);
    const desk = await pairedDesk(pc, '二号前台', { viaPort, link: { confirmWindowMs: 300 } });
    await desk.login('reception', '1');
    let down = false;
    desk.link.onState((up) => (down = !up));
    let armed = true;
    pc.core.onEvent((_clientId, event) => {
      if (!armed || event !== 'view:desk.tagsOut') return;
      armed = false;
      proxy.cut();
    });
    const sent = desk.call('desk.checkIn', { clientId: pc.zhang.id }, '1');
    await until(() => down, 5_000, 'the line down');
    expect(await desk.call('desk.checkIn', { clientId: pc.li.id }, '1')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', reason: 'transport.offline' },
    });
    expect(await sent).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', reason: 'station.unconfirmed' },
    });
    proxy.restore();
    await until(() => !down, 5_000, 'the line back');
    // The first check-in was saved (unconfirmed is not "lost"); the refused one never left.
    expect(pc.count('check_ins')).toBe(1);
    expect(await desk.call('desk.checkIn', { clientId: pc.li.id }, '1')).toMatchObject({
      ok: true,
    });
  });
});

describe('LAN slow desks', () => {
  it('a desk that no longer answers pings is terminated', async () => {
    const pc = await vaultPc({ pingMs: 50, deadMs: 300 });
    const desk = await pairedDesk(pc, '二号前台');
    await desk.link.close();
    const socket = await connectTls(desk.creds, 5_000);
    const ws = openWebSocket(socket, STATION_PATH);
    onTestFinished(() => ws.terminate());
    await new Promise<void>((ok) => ws.once('open', () => ok()));
    expect(pc.server.isConnected(desk.station.id)).toBe(true);
    // Its PC froze: nothing is read, so no pong goes back.
    socket.pause();
    await until(() => !pc.server.isConnected(desk.station.id), 5_000, 'the dead desk cut off');
  });

  it('a desk that stops reading is cut off at the buffer cap; the vault PC and other desks go on', async () => {
    const pc = await vaultPc({ maxBufferBytes: 1024 * 1024 });
    const healthy = await pairedDesk(pc, '一号前台');
    await healthy.login('reception', '1');
    const slow = await pairedDesk(pc, '二号前台');
    await slow.login('reception', '1');
    await slow.link.close();
    // The slow desk's window stays signed in; its PC now stops reading its socket.
    const socket = await connectTls(slow.creds, 5_000);
    const ws = openWebSocket(socket, STATION_PATH);
    onTestFinished(() => ws.terminate());
    await new Promise<void>((ok) => ws.once('open', () => ok()));
    const id = randomUUID();
    const answered = new Promise<void>((ok) =>
      ws.on('message', (d) => parseVaultMessage(rawText(d))?.t === 'result' && ok()),
    );
    ws.send(JSON.stringify({ t: 'call', id, window: '1', channel: 'hall.board' }));
    await answered;
    socket.pause();
    // Many members on site make every pushed view large.
    const members = Array.from({ length: 40 }, (_, i) =>
      pc.ok(
        'clients.create',
        {
          ...LI_SI,
          name: `会员${i}`,
          phones: [`1390000${String(3000 + i)}`],
          cardNumber: `F-${i}`,
        },
        pc.as('reception'),
      ),
    );
    for (const m of members) pc.ok('desk.checkIn', { clientId: m.id }, pc.as('reception'));
    let rounds = 0;
    while (pc.server.isConnected(slow.station.id) && rounds < 600) {
      const { checkIn } = pc.ok('desk.checkIn', { clientId: pc.zhang.id }, pc.as('reception'));
      pc.ok('desk.checkOut', { checkInId: checkIn.id }, pc.as('reception'));
      rounds += 1;
      // Let the sockets write, as the worker's event loop would between calls.
      if (rounds % 10 === 0) await new Promise((r) => setImmediate(r));
    }
    expect(pc.server.isConnected(slow.station.id)).toBe(false);
    expect(pc.server.isConnected(healthy.station.id)).toBe(true);
    const before = healthy.events.length;
    pc.ok('desk.checkIn', { clientId: pc.zhang.id }, pc.as('reception'));
    await until(() => healthy.events.length > before, 5_000, 'the healthy desk’s event');
  }, 60_000);
});
