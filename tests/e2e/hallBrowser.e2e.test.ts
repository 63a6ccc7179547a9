/**
 * 叫号屏 on a TV that is only a browser: the vault PC's LAN listener serves the app at /hall;
 * the page pairs with a display code, shows the hall board live, and shows its revoked
 * screen when the admin removes it.
 */
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PairingCodeView, StationView } from '../../shared/contract/stationViews';
import type { Result } from '../../shared/contract/result';
import { launch, shot, type BrowserSession } from './chromium';
import { FAST_KDF } from './demoDesk';
import { seedDemo } from './harness/demo';
import { startHarness, type Harness } from './harness/server';

const ADMIN = 'harness:e2e-admin';
const RECEPTION = 'harness:e2e-reception';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

describe('a hall display that is a browser on a TV', () => {
  let harness: Harness;
  let chromium: BrowserSession;
  let port: number;

  async function ok<T>(channel: string, input: unknown, client: string): Promise<T> {
    const r = (await harness.dispatch(channel, input, client)) as Result<T>;
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.data;
  }

  beforeAll(async () => {
    harness = await startHarness({ pinKdf: FAST_KDF, seed: (core, time) => seedDemo(core, time) });
    chromium = await launch();
    port = await freePort();
    await ok('auth.login', { username: 'zhangwei', pin: '246810' }, ADMIN);
    await ok('auth.login', { username: 'wangfang', pin: '1357' }, RECEPTION);
    await ok('lan.update', { enabled: true, port }, ADMIN);
    // lan.update answers before the listener is up (the first enable makes the certificate).
    for (let tries = 0; ; tries += 1) {
      const lan = await ok<{ listening: boolean }>('lan.get', undefined, ADMIN);
      if (lan.listening) break;
      if (tries > 100) throw new Error('the LAN listener did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await harness?.close();
  });

  /** A fresh browser profile, as a TV's: it accepts the self-signed certificate once. */
  async function tv(browser: Browser, locale: string): Promise<Page> {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1366, height: 768 },
      locale,
    });
    return context.newPage();
  }

  for (const [locale, lang, name] of [
    ['zh-CN', 'zh', '大厅电视'],
    ['en-US', 'en', 'Lobby TV'],
  ] as const) {
    it(`${lang}: joins with a display code, follows calls within 1 s, shows its removal`, async () => {
      const code = await ok<PairingCodeView>(
        'stations.pairingStart',
        { name, kind: 'display' },
        ADMIN,
      );
      const page = await tv(chromium.browser, locale);
      await page.goto(`https://127.0.0.1:${port}/hall`);
      await page.getByTestId('join-form').waitFor();
      // A browser cannot hold a vault: only joining, to the vault PC it came from.
      expect(await page.getByTestId('setup-mode').count()).toBe(0);
      expect(await page.getByTestId('join-intro').innerText()).toContain(`127.0.0.1:${port}`);
      if (lang === 'en') {
        // The site's language is Chinese; whoever sets up this TV picks English by hand.
        await page.getByText('中文', { exact: true }).click();
        await page.getByText('English', { exact: true }).click();
      }
      await page.getByTestId('join-code').fill(code.code);
      await shot(page, `hall-browser-join-${lang}`);
      await page.getByTestId('join-submit').click();
      await page.getByTestId('joined-panel').waitFor();
      expect(await page.getByTestId('joined-name').innerText()).toBe(name);
      const shown = await page.getByTestId('fingerprint').getAttribute('data-value');
      expect(shown).toBe(code.fingerprint);
      await shot(page, `hall-browser-compare-${lang}`);
      await page.getByTestId('joined-same').click();
      await page.getByTestId('hall-screen').waitFor();
      await page.getByTestId('hall-waiting').waitFor();

      // The token stays in this browser only; the vault keeps its hash.
      const kept = await page.evaluate<string | null>("localStorage.getItem('deskbook-display')");
      const token = (JSON.parse(kept ?? '{}') as { token?: string }).token;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const stored = await harness.queryValue<string>(
        'SELECT cert_fingerprint FROM stations WHERE name = ?',
        name,
      );
      expect(stored).toMatch(/^token:[0-9a-f]{64}$/);

      const ticket = await ok<{ id: string; number: number }>('queue.take', {}, RECEPTION);
      const calledAt = Date.now();
      await ok('queue.call', { ticketId: ticket.id, counter: '3' }, RECEPTION);
      await page
        .locator(`[data-testid="hall-latest"][data-number="${ticket.number}"]`)
        .waitFor({ timeout: 1_000 });
      expect(Date.now() - calledAt).toBeLessThan(1_000);
      await page.waitForTimeout(400);
      await shot(page, `hall-browser-board-${lang}`);

      const stations = await ok<StationView[]>('stations.list', undefined, ADMIN);
      const station = stations.find((s) => s.name === name)!;
      expect(station).toMatchObject({ kind: 'display', browser: true, connected: true });
      expect(station.lastAddress).toBe('127.0.0.1');

      await ok('stations.revoke', { stationId: station.id }, ADMIN);
      await page.getByTestId('station-revoked').waitFor({ timeout: 5_000 });
      await shot(page, `hall-browser-revoked-${lang}`);
      // A reload still knows it was removed; pair again forgets the token and starts over.
      await page.reload();
      await page.getByTestId('station-revoked').waitFor();
      await page.getByTestId('pair-again').click();
      await page.getByTestId('join-form').waitFor();
      expect(await page.evaluate("localStorage.getItem('deskbook-display')")).toBeNull();
      await page.context().close();
    });
  }
});
