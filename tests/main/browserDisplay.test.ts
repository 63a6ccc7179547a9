import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import type { HallBoardView } from '../../shared/contract/stationViews';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import { displayTokenFingerprint } from '../../electron/lan/displayToken';
import { DISPLAY_CSP } from '../../electron/lan/rendererFiles';
import { LOOPBACK, until, vaultPc, type VaultPc } from '../helpers/lanFixtures';

const RENDERER = join(__dirname, '../../out/renderer');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET (the path exactly as written, no normalising), as a browser on a TV would send. */
function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: LOOPBACK, port, path, method, rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          ok({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** A WebSocket to the vault PC with no client certificate, as a browser opens it. */
async function socket(pc: VaultPc, path: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(`wss://${LOOPBACK}:${pc.port}${path}`, {
    rejectUnauthorized: false,
    headers,
  });
  onTestFinished(() => ws.terminate());
  const received: Record<string, unknown>[] = [];
  let closed: number | null = null;
  ws.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
  ws.on('close', (code) => (closed = code));
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  return {
    ws,
    received,
    closed: () => closed,
    send: (message: object) => ws.send(JSON.stringify(message)),
  };
}

async function pairBrowser(pc: VaultPc, code: string) {
  const line = await socket(pc, '/display-pair');
  line.send({ t: 'pairDisplay', code });
  await until(() => line.received.length > 0, 5_000, 'the pairing answer');
  return line.received[0]!;
}

/** A paired browser display's line on /display, said hello with its token. */
async function displayLine(pc: VaultPc, token: string) {
  const line = await socket(pc, '/display');
  line.send({ t: 'hello', token });
  await until(() => line.received.length > 0 || line.closed() !== null, 5_000, 'hello answered');
  const call = async (channel: string, input?: unknown, id = randomUUID()) => {
    line.send({ t: 'call', id, window: 'tv.1', channel, input });
    await until(() => line.received.some((m) => m.id === id), 5_000, `${channel} answered`);
    return line.received.find((m) => m.id === id)!.result as { ok: boolean; data?: unknown };
  };
  return { ...line, call };
}

async function pairedBrowser(pc: VaultPc, name = '大厅电视') {
  const answer = await pairBrowser(pc, pc.code(name, 'display'));
  expect(answer).toMatchObject({ t: 'paired' });
  return answer.token as string;
}

describe.runIf(existsSync(join(RENDERER, 'index.html')))('a browser hall display', () => {
  it('GET /hall is the built renderer with the bridge before the app, under a strict policy', async () => {
    const pc = await vaultPc({ rendererDir: RENDERER });
    const page = await get(pc.port, '/hall');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(DISPLAY_CSP);
    expect(DISPLAY_CSP).toContain("default-src 'self'");
    expect(DISPLAY_CSP).toContain("connect-src 'self' wss:");
    expect(DISPLAY_CSP).toContain("frame-ancestors 'none'");
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // The page's own meta policy (connect-src 'self' only) would block the bridge's socket.
    expect(page.body).not.toContain('http-equiv="Content-Security-Policy"');
    const bridgeAt = page.body.indexOf('<script src="/display/bridge.js"></script>');
    const appAt = page.body.indexOf('<script type="module"');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(appAt);
    expect((await get(pc.port, '/')).body).toBe(page.body);
    const bridge = await get(pc.port, '/display/bridge.js');
    expect(bridge.status).toBe(200);
    expect(bridge.headers['content-type']).toContain('javascript');
    expect(bridge.body).toContain("'/display'");
    // The app's own script is served with the same policy.
    const script = /src="\.(\/assets\/[^"]+\.js)"/.exec(page.body)![1]!;
    const asset = await get(pc.port, script);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-security-policy']).toBe(DISPLAY_CSP);
  });

  it('serves only GET, only files under the renderer folder', async () => {
    const pc = await vaultPc({ rendererDir: RENDERER });
    expect(existsSync(join(RENDERER, '../main'))).toBe(true);
    for (const path of [
      '/../main/coreWorker.js',
      '/%2e%2e/main/coreWorker.js',
      '/assets/..%2f..%2fmain%2fcoreWorker.js',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets',
      '/nothing.js',
      '/%00',
      '/%E0%A4%A',
    ]) {
      expect((await get(pc.port, path)).status, path).toBe(404);
    }
    expect((await get(pc.port, '/hall', 'POST')).status).toBe(405);
    expect((await get(pc.port, '/hall', 'PUT')).status).toBe(405);
  });

  it('without a renderer folder (the option absent) every path is 404', async () => {
    const pc = await vaultPc();
    expect((await get(pc.port, '/hall')).status).toBe(404);
    expect((await get(pc.port, '/display/bridge.js')).status).toBe(404);
  });

  it('pairs with a display code and keeps only the token hash; a desk code is refused and stays usable', async () => {
    const pc = await vaultPc({ rendererDir: RENDERER });
    const deskCode = pc.code('三号前台', 'desk');
    expect(await pairBrowser(pc, deskCode)).toEqual({ t: 'refused', reason: 'pairing.kind' });
    // Still the admin's code for a desk PC: the refusal did not use it up.
    expect(
      pc.core.stations.pairStation({ code: deskCode, certFingerprint256: 'AA:BB', address: 'x' }),
    ).toMatchObject({ ok: true, station: { kind: 'desk' } });

    const answer = await pairBrowser(pc, pc.code('大厅电视', 'display'));
    expect(answer).toMatchObject({
      t: 'paired',
      joined: { name: '大厅电视', kind: 'display', vaultAddress: `${LOOPBACK}:${pc.port}` },
    });
    const token = answer.token as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The fingerprint to compare is the vault PC's certificate, as the admin's screen shows it.
    const lan = pc.ok('lan.get', undefined, pc.as('admin'));
    expect((answer.joined as { fingerprint: string }).fingerprint).toBe(lan.fingerprint);
    expect(lan.fingerprint).toBe(
      displayFingerprint(pc.core.stations.lanIdentity()!.fingerprint256),
    );
    const stored = pc.core.db!.prepare('SELECT cert_fingerprint FROM stations WHERE name = ?');
    expect(stored.pluck().get('大厅电视')).toBe(displayTokenFingerprint(token));
    expect(JSON.stringify(pc.core.db!.prepare('SELECT * FROM stations').all())).not.toContain(
      token,
    );
    const listed = pc.ok('stations.list', undefined, pc.as('admin'));
    expect(listed.find((s) => s.name === '大厅电视')).toMatchObject({
      kind: 'display',
      browser: true,
      lastAddress: LOOPBACK,
    });
    expect(listed.find((s) => s.name === '三号前台')!.browser).toBeUndefined();
  });

  it('a token prefix can never meet a certificate fingerprint', () => {
    const token = 'x'.repeat(43);
    expect(displayTokenFingerprint(token)).toMatch(/^token:[0-9a-f]{64}$/);
    // Node's fingerprint256: upper-case hex pairs joined by ':'.
    expect(displayTokenFingerprint(token)).not.toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('with its token reads the hall board, follows view:hall.board, and is refused a desk channel', async () => {
    const pc = await vaultPc({ rendererDir: RENDERER });
    const token = await pairedBrowser(pc);
    const tv = await displayLine(pc, token);
    expect(tv.received[0]).toMatchObject({ t: 'welcome', station: { kind: 'display' } });
    expect(await tv.call('hall.board')).toMatchObject({ ok: true, data: { called: [] } });
    expect(await tv.call('desk.tagsOut')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'station.display' },
    });
    const ticket = pc.ok('queue.take', {}, pc.as('reception'));
    pc.ok('queue.call', { ticketId: ticket.id, counter: '3' }, pc.as('reception'));
    const boards = () =>
      tv.received
        .filter((m) => m.t === 'event' && m.event === 'view:hall.board' && m.window === 'tv.1')
        .map((m) => m.payload as HallBoardView);
    await until(() => boards().length > 0, 5_000, 'view:hall.board');
    expect(boards().at(-1)).toMatchObject({ called: [{ number: ticket.number, counter: '3' }] });
    expect(tv.received.filter((m) => m.t === 'event').map((m) => m.event)).toEqual(
      boards().map(() => 'view:hall.board'),
    );
    // A repeated call id gets the first answer again.
    const id = randomUUID();
    const first = await tv.call('hall.board', undefined, id);
    pc.ok(
      'queue.call',
      { ticketId: pc.ok('queue.take', {}, pc.as('reception')).id, counter: '1' },
      pc.as('reception'),
    );
    tv.send({ t: 'call', id, window: 'tv.1', channel: 'hall.board' });
    await until(() => tv.received.filter((m) => m.id === id).length === 2);
    expect(tv.received.filter((m) => m.id === id)[1]!.result).toEqual(first);
    const seen = pc.ok('stations.list', undefined, pc.as('admin'));
    expect(seen.find((s) => s.name === '大厅电视')).toMatchObject({ connected: true });
  });

  it('refuses a wrong token, a revoked display and a page of another site', async () => {
    const pc = await vaultPc({ rendererDir: RENDERER });
    const wrong = await displayLine(pc, 'A'.repeat(43));
    expect(wrong.received).toEqual([{ t: 'refused', reason: 'station.revoked' }]);
    await until(() => wrong.closed() === 4403, 5_000, 'the wrong token closed');

    const token = await pairedBrowser(pc);
    const tv = await displayLine(pc, token);
    await tv.call('hall.board');
    const station = pc
      .ok('stations.list', undefined, pc.as('admin'))
      .find((s) => s.name === '大厅电视')!;
    pc.ok('stations.revoke', { stationId: station.id }, pc.as('admin'));
    await until(() => tv.received.some((m) => m.t === 'revoked'), 5_000, 'revoked sent');
    await until(() => tv.closed() === 4403, 5_000, 'the revoked line closed');
    const again = await displayLine(pc, token);
    expect(again.received).toEqual([{ t: 'refused', reason: 'station.revoked' }]);

    // Another site's page open on the TV cannot use the line.
    await expect(socket(pc, '/display', { origin: 'https://elsewhere.example' })).rejects.toThrow(
      /403/,
    );
  });

  it('closes a line whose first message is not a hello, and ends its windows with the line', async () => {
    const pc = await vaultPc({ rendererDir: RENDERER });
    const bad = await socket(pc, '/display');
    bad.send({ t: 'call', id: randomUUID(), window: 'tv.1', channel: 'hall.board' });
    await until(() => bad.closed() === 4400, 5_000, 'malformed closed');
    expect(bad.received).toEqual([]);

    const tv = await displayLine(pc, await pairedBrowser(pc));
    await tv.call('hall.board');
    tv.ws.close();
    await until(() => tv.closed() !== null);
    // Its watcher is gone: a call on the vault PC pushes nothing to that window any more.
    const before = pc.events.length;
    const ticket = pc.ok('queue.take', {}, pc.as('reception'));
    pc.ok('queue.call', { ticketId: ticket.id, counter: '2' }, pc.as('reception'));
    expect(
      pc.events
        .slice(before)
        .some((e) => e.clientId.startsWith('station:') && e.event === 'view:hall.board'),
    ).toBe(false);
  });
});
