import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinedView, LanSettingsView, PairingCodeView } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { LineProxy } from '../helpers/lineProxy';
import { launch, shot, type BrowserSession } from './chromium';
import { FAST_KDF } from './demoDesk';
import { DEMO_ADMIN, DEMO_STAFF, seedDemo } from './harness/demo';
import { startHarness, type Harness } from './harness/server';
import { startStationHarness, type StationHarness } from './harness/stationServer';

/**
 * Several desks at one site (issue 14): one vault PC (the harness's Core on the real worker,
 * listening on loopback TLS) and three station PCs as their Electron main would run them
 * (StationLink with its own station.json), each serving the renderer to a browser window.
 */
let vault: Harness;
let session: BrowserSession;
let line: LineProxy;
const stations: StationHarness[] = [];
let desk1: Page;
let desk2: Page;
let hall: Page;

const ADMIN = 'e2e-admin';
const pinOf = (username: string) => DEMO_STAFF.find((s) => s.username === username)!.pin;

function data<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.reason ?? ''} ${r.error.message}`);
  return r.data as T;
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => ok(port));
    });
  });
}

/** The admin makes a code on the vault PC; the station PC joins with it (through `port`). */
async function pair(name: string, kind: 'desk' | 'display', port: number) {
  const code = data<PairingCodeView>(
    await vault.dispatch('stations.pairingStart', { name, kind }, ADMIN),
  );
  const station = await startStationHarness({ pinKdf: FAST_KDF, retryMs: { min: 100, max: 400 } });
  stations.push(station);
  const joined = data<JoinedView>(
    await station.dispatch('station.join', { host: '127.0.0.1', port, code: code.code }, 'setup'),
  );
  // What the desk shows to compare is what the admin sees on the vault PC.
  expect(joined.fingerprint).toBe(code.fingerprint);
  expect(joined.name).toBe(name);
  return station;
}

async function windowAt(station: StationHarness, locale: 'zh-CN' | 'en-US'): Promise<Page> {
  const context = await session.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale,
  });
  const page = await context.newPage();
  await page.goto(station.url);
  return page;
}

/** The desk with the keyboard alone: user name, Tab, PIN, Enter. */
async function signInByKeyboard(page: Page, username: string) {
  await page.getByTestId('login-username').focus();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(pinOf(username));
  await page.keyboard.press('Enter');
  await page.getByTestId('on-duty-name').waitFor();
}

const ticketsNamed = (name: string) =>
  vault.queryValue<number>('SELECT count(*) FROM queue_tickets WHERE name = ?', name);

beforeAll(async () => {
  vault = await startHarness({ pinKdf: FAST_KDF, seed: (core, time) => seedDemo(core, time) });
  data(
    await vault.dispatch(
      'auth.login',
      { username: DEMO_ADMIN.username, pin: DEMO_ADMIN.pin },
      ADMIN,
    ),
  );
  const port = await freePort();
  data(await vault.dispatch('lan.update', { enabled: true, port }, ADMIN));
  await until(
    async () => data<LanSettingsView>(await vault.dispatch('lan.get', undefined, ADMIN)).listening,
  );
  line = new LineProxy(port);
  const viaLine = await line.start();
  const first = await pair('前台一号机', 'desk', port);
  const second = await pair('Counter 2', 'desk', viaLine);
  const display = await pair('大厅叫号屏', 'display', port);
  session = await launch();
  [desk1, desk2, hall] = await Promise.all([
    windowAt(first, 'zh-CN'),
    windowAt(second, 'en-US'),
    windowAt(display, 'zh-CN'),
  ]);
}, 180_000);

afterAll(async () => {
  await session?.close();
  for (const s of stations) await s.close();
  await line?.close();
  await vault?.close();
});

describe('two desk PCs and a hall display on one vault PC', () => {
  it('a ticket taken at desk 1 and called to counter 2 at desk 2 shows on desk 1 and the hall display in under a second', async () => {
    await signInByKeyboard(desk1, 'wangfang');
    // Lina works in English at counter 2.
    await desk2.getByText('English', { exact: true }).click();
    await signInByKeyboard(desk2, 'lina');
    await hall.getByTestId('hall-screen').waitFor();
    for (const page of [desk1, desk2]) {
      await page.getByTestId('nav-queue').click();
      await page.getByTestId('queue-screen').waitFor();
    }
    await desk1.getByTestId('queue-name').fill('邓女士');
    await desk1.getByTestId('queue-name').press('Enter');
    const atDesk2 = desk2.getByTestId('queue-row').filter({ hasText: '邓女士' });
    await atDesk2.waitFor({ timeout: 2_000 });
    const number = (await atDesk2.getByTestId('queue-number').textContent())!.trim();
    await desk2.getByTestId('queue-counter').fill('2');
    await shot(desk2, 'desks-01-desk2-before-call-en');
    const started = Date.now();
    await atDesk2.getByTestId('queue-row-call').click();
    const atDesk1 = desk1
      .getByTestId('queue-row')
      .filter({ hasText: '邓女士' })
      .and(desk1.locator('[data-status="called"]'));
    await Promise.all([
      atDesk1.waitFor({ timeout: 1_000 }),
      expect
        .poll(() => hall.getByTestId('hall-latest-number').textContent(), { timeout: 1_000 })
        .toBe(number),
    ]);
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(hall.getByTestId('hall-latest-counter').textContent()).resolves.toContain('2');
    await expect(atDesk1.textContent()).resolves.toContain('2');
    await shot(desk1, 'desks-02-desk1-called-zh');
    await shot(hall, 'desks-03-hall-display-zh');
  });

  it('the line to desk 2 is cut: the bar shows, what was typed stays, nothing is lost or doubled when it returns', async () => {
    line.cut();
    await desk2.getByTestId('connection-bar').waitFor({ timeout: 5_000 });
    await desk2.getByTestId('queue-name').fill('Mr. Zhou');
    await desk2.getByTestId('queue-take').click();
    await shot(desk2, 'desks-04-desk2-line-cut-en');
    await expect(desk2.getByTestId('queue-name').inputValue()).resolves.toBe('Mr. Zhou');
    expect(await ticketsNamed('Mr. Zhou')).toBe(0);
    // Desk 1 keeps working meanwhile, on the same vault.
    await desk1.getByTestId('queue-name').fill('钱先生');
    await desk1.getByTestId('queue-take').click();
    await expect.poll(() => ticketsNamed('钱先生'), { timeout: 2_000 }).toBe(1);

    line.restore();
    await desk2.getByTestId('connection-bar').waitFor({ state: 'detached', timeout: 5_000 });
    // Desk 2 re-read the queue when the line came back: desk 1's ticket is there.
    await desk2.getByTestId('queue-row').filter({ hasText: '钱先生' }).waitFor({ timeout: 2_000 });
    await desk2.getByTestId('queue-take').click();
    await desk2.getByTestId('queue-row').filter({ hasText: 'Mr. Zhou' }).waitFor();
    expect(await ticketsNamed('Mr. Zhou')).toBe(1);
  });

  it('a call whose answer is lost on the way is applied once: the desk sends it again with its id', async () => {
    line.muteReplies();
    const taking = desk2.evaluate(
      "window.deskbook.invoke('queue.take', { name: 'Ms. Sun' })",
    ) as Promise<Result<unknown>>;
    // The vault PC applied it; the answer never reached desk 2.
    await expect.poll(() => ticketsNamed('Ms. Sun'), { timeout: 2_000 }).toBe(1);
    line.cut();
    line.restore();
    const answer = await taking;
    expect(answer.ok).toBe(true);
    expect(await ticketsNamed('Ms. Sun')).toBe(1);
    await desk1.getByTestId('queue-row').filter({ hasText: 'Ms. Sun' }).waitFor({ timeout: 2_000 });
  });
});
