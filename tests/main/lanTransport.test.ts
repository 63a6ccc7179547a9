import { randomUUID } from 'node:crypto';
import { createServer as createTlsServer } from 'node:tls';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocketServer } from 'ws';
import { createServer as createHttpsServer } from 'node:https';
import type { HallBoardView } from '../../shared/contract/stationViews';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import { createIdentity, fingerprintOf } from '../../electron/lan/certificates';
import { DeskLink, pairStation, type StationCredentials } from '../../electron/lan/deskLink';
import {
  encode,
  parseVaultMessage,
  rawText,
  STATION_PATH,
  type VaultMessage,
} from '../../electron/lan/protocol';
import { connectTls, openWebSocket } from '../../electron/lan/secureLine';
import { LanServer } from '../../electron/lan/lanServer';
import { STAFF } from '../helpers/clientFixtures';
import { makeCore } from '../helpers/testVault';
import {
  freePort,
  LOOPBACK,
  pairedDesk,
  until,
  vaultPc,
  type VaultPc,
} from '../helpers/lanFixtures';

/** A raw /station connection speaking the wire protocol, for what DeskLink never does. */
async function rawStation(creds: StationCredentials) {
  const socket = await connectTls(creds, 5_000);
  const ws = openWebSocket(socket, STATION_PATH);
  onTestFinished(() => ws.terminate());
  const received: VaultMessage[] = [];
  ws.on('message', (data) => received.push(parseVaultMessage(rawText(data))!));
  const results = () => received.filter((m) => m.t === 'result');
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  return { ws, results, send: (message: object) => ws.send(JSON.stringify(message)) };
}

function auditCount(pc: VaultPc, action: string): number {
  return pc.core
    .db!.prepare('SELECT count(*) FROM audit_log WHERE action = ?')
    .pluck()
    .get(action) as number;
}

describe('the LAN listener', () => {
  it('follows the settings: a taken port is reported, another port listens, off stops', async () => {
    const pc = await vaultPc();
    const taken = createNetServer();
    await new Promise<void>((ok) => taken.listen(0, LOOPBACK, ok));
    onTestFinished(() => void taken.close());
    const takenPort = (taken.address() as AddressInfo).port;
    pc.ok('lan.update', { enabled: true, port: takenPort }, pc.as('admin'));
    await pc.server.settled();
    expect(pc.ok('lan.get', undefined, pc.as('admin'))).toMatchObject({
      listening: false,
      problem: 'lan.portInUse',
    });
    const port = await freePort();
    pc.ok('lan.update', { enabled: true, port }, pc.as('admin'));
    await pc.server.settled();
    expect(pc.server.listeningPort()).toBe(port);
    expect(pc.ok('lan.get', undefined, pc.as('admin'))).toMatchObject({
      listening: true,
      problem: null,
    });
    pc.ok('lan.update', { enabled: false, port }, pc.as('admin'));
    await pc.server.settled();
    expect(pc.server.listeningPort()).toBeNull();
    expect(pc.ok('lan.get', undefined, pc.as('admin'))).toMatchObject({ listening: false });
  });

  it('starts when a vault with LAN on is opened after start (by its recovery key)', async () => {
    const pc = await vaultPc();
    const port = pc.port;
    await pc.server.close();
    pc.core.close();
    // Another OS login: the sealed key does not open, so Core starts with no vault open.
    const core = makeCore(pc.dir, pc.clock, 'another login');
    onTestFinished(() => core.close());
    const server = new LanServer(core.stations, { host: LOOPBACK });
    onTestFinished(() => server.close());
    await server.settled();
    expect(server.listeningPort()).toBeNull();
    expect(core.dispatch('vault.recover', { recoveryKey: pc.recoveryKey }, 'c')).toMatchObject({
      ok: true,
    });
    await server.settled();
    expect(server.listeningPort()).toBe(port);
  });
});

describe('LAN pairing', () => {
  it('pairs with the right code, refuses a wrong one, and the desk pins what the admin sees', async () => {
    const pc = await vaultPc();
    const identity = await createIdentity('二号前台');
    const code = pc.code('二号前台', 'desk');
    const wrong = code === '12345678' ? '87654321' : '12345678';
    expect(await pairStation({ host: LOOPBACK, port: pc.port, code: wrong, identity })).toEqual({
      ok: false,
      reason: 'pairing.wrongCode',
    });
    const paired = await pairStation({ host: LOOPBACK, port: pc.port, code, identity });
    expect(paired).toMatchObject({ ok: true, station: { name: '二号前台', kind: 'desk' } });
    if (!paired.ok) return;
    // What the desk shows to compare is what the vault PC's admin screen shows.
    const lan = pc.ok('lan.get', undefined, pc.as('admin'));
    expect(displayFingerprint(paired.fingerprint256)).toBe(lan.fingerprint);
    expect(fingerprintOf(paired.certPem)).toBe(pc.core.stations.lanIdentity()!.fingerprint256);
    // The code was used once.
    expect(await pairStation({ host: LOOPBACK, port: pc.port, code, identity })).toMatchObject({
      ok: false,
    });
    const list = pc.ok('stations.list', undefined, pc.as('admin'));
    expect(list.map((s) => s.name)).toEqual(['二号前台']);
  });

  it('refuses a vault PC that cannot prove it knows the code (a man in the middle)', async () => {
    const fake = await createIdentity('not the vault PC');
    const server = createHttpsServer({
      key: fake.keyPem,
      cert: fake.certPem,
      requestCert: true,
      rejectUnauthorized: false,
    });
    const wss = new WebSocketServer({ server });
    wss.on('connection', (ws) =>
      ws.once('message', () =>
        ws.send(
          encode({
            t: 'paired',
            station: { id: 'x', name: 'x', kind: 'desk' },
            proof: '0'.repeat(64),
          }),
        ),
      ),
    );
    await new Promise<void>((ok) => server.listen(0, LOOPBACK, ok));
    onTestFinished(() => void server.close());
    const { port } = server.address() as AddressInfo;
    const identity = await createIdentity('desk');
    expect(await pairStation({ host: LOOPBACK, port, code: '12345678', identity })).toEqual({
      ok: false,
      reason: 'pairing.proof',
    });
    expect(await pairStation({ host: LOOPBACK, port: 1, code: '12345678', identity })).toEqual({
      ok: false,
      reason: 'pairing.unreachable',
    });
  });

  it('a certificate other than the pinned one is refused before a single byte is sent', async () => {
    const pc = await vaultPc();
    const desk = await pairedDesk(pc, '二号前台');
    const impostor = await createIdentity('impostor');
    let bytes = 0;
    let handshakes = 0;
    const server = createTlsServer({ key: impostor.keyPem, cert: impostor.certPem }, (s) => {
      s.on('data', (d: Buffer) => (bytes += d.length));
      s.on('error', () => {});
    });
    server.on('connection', () => (handshakes += 1));
    server.on('tlsClientError', () => {});
    await new Promise<void>((ok) => server.listen(0, LOOPBACK, ok));
    onTestFinished(() => void server.close());
    const { port } = server.address() as AddressInfo;
    const link = new DeskLink({ ...desk.creds, port }, { minRetryMs: 50, maxRetryMs: 50 });
    onTestFinished(() => link.close());
    expect(await link.ready()).toBe(false);
    expect(await link.dispatch('session.get', undefined, '1')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', reason: 'station.pinMismatch' },
    });
    await until(() => handshakes >= 2, 5_000, 'a second attempt');
    await link.close();
    expect(bytes).toBe(0);
  });
});

describe('LAN revocation', () => {
  it('a revoked desk is hung up at once, its calls refused, and it cannot connect again', async () => {
    const pc = await vaultPc();
    const desk = await pairedDesk(pc, '二号前台');
    await desk.login('reception', '1');
    let revoked = false;
    desk.link.onRevoked(() => (revoked = true));
    pc.ok('stations.revoke', { stationId: desk.station.id }, pc.as('admin'));
    await until(() => revoked, 2_000, 'revoked');
    expect(pc.server.isConnected(desk.station.id)).toBe(false);
    expect(await desk.call('desk.tagsOut', undefined, '1')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'station.revoked' },
    });
    const again = new DeskLink(desk.creds);
    onTestFinished(() => again.close());
    let againRevoked = false;
    again.onRevoked(() => (againRevoked = true));
    expect(await again.ready()).toBe(false);
    expect(againRevoked).toBe(true);
    // Its session ended on the vault PC too.
    const ofDesk = pc.core.sessions
      .all()
      .filter((s) => s.clientId.startsWith(`station:${desk.station.id}:`));
    expect(ofDesk).toHaveLength(0);
  });
});

describe('LAN calls', () => {
  it('the same tag claimed from two desks at once: one check-in, exactly one CONFLICT', async () => {
    const pc = await vaultPc();
    const one = await pairedDesk(pc, '一号前台');
    const two = await pairedDesk(pc, '二号前台');
    await one.login('reception', '1');
    await two.login('consultant', '1');
    // Both calls are on the wire before either answer is read.
    const results = await Promise.all([
      one.call('desk.checkIn', { clientId: pc.zhang.id, tagNumber: '012' }, '1'),
      two.call('desk.checkIn', { clientId: pc.li.id, tagNumber: '12' }, '1'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ error: { code: 'CONFLICT', reason: 'desk.tagOut' } });
    expect(pc.count('check_ins')).toBe(1);
  });

  it('a repeated call id is applied once and answered with the first answer', async () => {
    const pc = await vaultPc();
    const desk = await pairedDesk(pc, '二号前台');
    await desk.link.close();
    const raw = await rawStation(desk.creds);
    const { username, pin } = STAFF.reception;
    raw.send({
      t: 'call',
      id: randomUUID(),
      window: '7',
      channel: 'auth.login',
      input: { username, pin },
    });
    await until(() => raw.results().length === 1, 5_000, 'signed in');
    const call = {
      t: 'call',
      id: randomUUID(),
      window: '7',
      channel: 'desk.checkIn',
      input: { clientId: pc.zhang.id },
    };
    raw.send(call);
    raw.send(call);
    await until(() => raw.results().length === 3, 5_000, 'two answers');
    const [, first, second] = raw.results();
    expect(second).toEqual(first);
    expect(first).toMatchObject({ t: 'result', id: call.id, result: { ok: true } });
    expect(pc.count('check_ins')).toBe(1);
    expect(auditCount(pc, 'desk.checkIn')).toBe(1);
    // The audit row names the desk.
    const detail = pc.core
      .db!.prepare("SELECT detail FROM audit_log WHERE action = 'desk.checkIn'")
      .pluck()
      .get() as string;
    expect(JSON.parse(detail)).toMatchObject({ station: '二号前台' });
  });

  it('a malformed message closes the socket with 4400', async () => {
    const pc = await vaultPc();
    const desk = await pairedDesk(pc, '二号前台');
    await desk.link.close();
    const raw = await rawStation(desk.creds);
    const closed = new Promise<number>((ok) => raw.ws.once('close', ok));
    raw.send({ t: 'call', id: 'not-a-uuid', window: '1', channel: 'session.get' });
    expect(await closed).toBe(4400);
  });
});

describe('LAN events', () => {
  it('reach every paired desk allowed to see them; a display sees the hall board only', async () => {
    const pc = await vaultPc();
    const one = await pairedDesk(pc, '一号前台');
    const two = await pairedDesk(pc, '二号前台');
    const hall = await pairedDesk(pc, '大厅屏', { kind: 'display' });
    await one.login('reception', '1');
    await two.login('reception', '1');
    await hall.ok('hall.board', undefined, 'hall');
    expect(await hall.call('desk.tagsOut', undefined, 'hall')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'station.display' },
    });
    await one.ok('desk.checkIn', { clientId: pc.zhang.id }, '1');
    await until(() => one.got('1', 'view:desk.tagsOut') && two.got('1', 'view:desk.tagsOut'));
    const ticket = await one.ok('queue.take', {}, '1');
    await one.ok('queue.call', { ticketId: ticket.id, counter: '2' }, '1');
    const boards = () =>
      hall.events
        .filter((e) => e.event === 'view:hall.board')
        .map((e) => e.payload as HallBoardView);
    await until(() => boards().some((b) => b.called.length > 0), 5_000, 'the called ticket');
    const board = boards().at(-1)!;
    expect(board).toMatchObject({ called: [{ number: ticket.number, counter: '2' }] });
    expect(JSON.stringify(board)).not.toContain('13812345678');
    expect(hall.events.every((e) => e.event === 'view:hall.board')).toBe(true);
    // The vault PC's own reception window got the same view.
    expect(
      pc.events.some((e) => e.clientId === pc.as('reception') && e.event === 'view:desk.tagsOut'),
    ).toBe(true);
  });
});
