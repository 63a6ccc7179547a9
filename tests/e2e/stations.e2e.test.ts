/**
 * 局域网前台 and 叫号屏 on the demo desk: the admin turns the LAN listener on and makes a
 * pairing code; the hall display follows a call within a second; a new PC's first run joins.
 */
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, shot, type BrowserSession } from './chromium';
import { FAST_KDF, openDemoDesk, type DemoDesk } from './demoDesk';
import { startHarness, type Harness } from './harness/server';

const GROUPED_FP = /^([0-9A-F]{4}-){7}[0-9A-F]{4}$/;

/** A port nobody listens on now, so parallel runs never fight over the default one. */
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

/** Nothing on the page runs past the window's right edge. */
async function fitsWidth(page: Page) {
  const overflow = await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('stations on the demo desk', () => {
  let desk: DemoDesk;
  let page: Page;
  let port: number;

  beforeAll(async () => {
    desk = await openDemoDesk();
    page = desk.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    port = await freePort();
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  async function addDesk(name: string) {
    await page.getByTestId('stations-add').click();
    await page.getByTestId('pairing-name').fill(name);
    await page.getByTestId('pairing-submit').click();
    await page.getByTestId('pairing-code').waitFor();
    expect(await page.getByTestId('pairing-code').innerText()).toMatch(/^\d{4}-\d{4}$/);
    const panel = page.getByTestId('pairing-code-panel');
    const shown = await panel.getByTestId('fingerprint').getAttribute('data-value');
    expect(shown).toMatch(GROUPED_FP);
    // The same fingerprint the LAN card shows, which the new PC must show too.
    const card = await page
      .getByTestId('lan-card')
      .getByTestId('fingerprint')
      .getAttribute('data-value');
    expect(shown).toBe(card);
    expect(await page.getByTestId('pairing-addresses').innerText()).toContain(`:${port}`);
    await expect.poll(() => page.getByTestId('pairing-countdown').innerText()).toMatch(/9:5\d/);
  }

  it('zh-CN: the admin turns the LAN listener on, adds a desk and sees its code and the fingerprint', async () => {
    await desk.signIn('zhangwei', '246810');
    await page.getByTestId('nav-stations').click();
    await page.getByTestId('lan-card').waitFor();
    // The demo's listener is on already: off first, then on again on a port of this run's own.
    if (await page.getByTestId('lan-enabled').isChecked()) {
      await page.getByTestId('lan-enabled').uncheck();
      await page.getByTestId('lan-save').click();
      await page.getByTestId('lan-off').waitFor();
      expect(await page.getByTestId('stations-add').isDisabled()).toBe(true);
    }
    await page.getByTestId('lan-enabled').check();
    await page.getByTestId('lan-port').fill(String(port));
    await page.getByTestId('lan-save').click();
    await page.getByTestId('lan-listening').waitFor({ timeout: 10_000 });
    expect(
      await page.getByTestId('lan-card').getByTestId('fingerprint').getAttribute('data-value'),
    ).toMatch(GROUPED_FP);
    await fitsWidth(page);
    // The two saves' toasts go before the shot (they would hide the list's right side).
    await page.locator('.mantine-Notification-root').first().waitFor();
    await expect
      .poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 })
      .toBe(0);
    await shot(page, 'stations-zh');
    await addDesk('泳池前台');
    await page.waitForTimeout(300);
    await shot(page, 'stations-pairing-zh');
    await page.getByTestId('pairing-cancel').click();
    await page.getByTestId('pairing-code').waitFor({ state: 'detached' });
  });

  it('the hall display at #/hall shows a number called at a desk within a second', async () => {
    const context = await desk.browser.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const hall = await context.newPage();
    await hall.goto(`${desk.harness.url}#/hall`);
    await hall.getByTestId('hall-screen').waitFor();
    await hall.getByTestId('hall-waiting').waitFor();
    const { harness } = desk;
    await harness.dispatch('auth.login', { username: 'wangfang', pin: '1357' }, 'probe');
    await harness.dispatch('queue.take', { purpose: '办理会员卡' }, 'probe');
    await harness.dispatch('queue.take', {}, 'probe');
    const first = (await harness.dispatch('queue.call', { counter: '2' }, 'probe')) as {
      ok: true;
      data: { number: number };
    };
    expect(first.ok).toBe(true);
    await expect
      .poll(() => hall.getByTestId('hall-latest-number').innerText(), { timeout: 1000 })
      .toBe(String(first.data.number));
    const second = (await harness.dispatch('queue.call', { counter: '3' }, 'probe')) as {
      ok: true;
      data: { number: number };
    };
    await expect
      .poll(() => hall.getByTestId('hall-latest-number').innerText(), { timeout: 1000 })
      .toBe(String(second.data.number));
    expect(await hall.getByTestId('hall-latest-counter').innerText()).toBe('3 号窗口');
    expect(await hall.getByTestId('hall-called').innerText()).toContain(String(first.data.number));
    // The board holds no name or phone: the purpose typed at the desk is not on it either.
    expect(await hall.getByTestId('hall-screen').innerText()).not.toContain('办理会员卡');
    await fitsWidth(hall);
    await shot(hall, 'hall-zh');
    await harness.dispatch('auth.logout', undefined, 'probe');
    await context.close();
  });

  it('en: the Stations screen, the pairing modal and the hall display', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('English', { exact: true }).click();
    await desk.signIn('zhangwei', '246810');
    await page.getByTestId('nav-stations').click();
    await page.getByTestId('lan-listening').waitFor();
    await fitsWidth(page);
    await shot(page, 'stations-en');
    await addDesk('Pool desk');
    await page.waitForTimeout(300);
    await shot(page, 'stations-pairing-en');
    await page.getByTestId('pairing-cancel').click();
    await page.getByTestId('pairing-code').waitFor({ state: 'detached' });
    await page.getByTestId('stations-open-hall').click();
    await page.getByTestId('hall-latest-number').waitFor();
    expect(await page.getByTestId('hall-latest-counter').innerText()).toBe('Counter 3');
    await fitsWidth(page);
    await shot(page, 'hall-en');
    await page.getByTestId('hall-close').click();
    await page.getByTestId('on-duty-name').waitFor();
  });
});

describe('first run on a PC that joins a vault PC', () => {
  let harness: Harness;
  let session: BrowserSession;
  let page: Page;
  const FP = '3F2A-9C01-77AB-0D4E-B1C2-D3E4-F5A6-0718';

  beforeAll(async () => {
    harness = await startHarness({ pinKdf: FAST_KDF });
    session = await launch();
    page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(harness.url);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await harness?.close();
  });

  /** This harness is a vault PC's Core: a station's main would answer these two itself. */
  async function answerAsStation() {
    await page.route('**/__harness/rpc', async (route) => {
      const { channel } = route.request().postDataJSON() as { channel: string };
      if (channel === 'station.join')
        return route.fulfill({
          json: {
            ok: true,
            data: {
              name: '泳池前台',
              kind: 'desk',
              fingerprint: FP,
              vaultAddress: '192.168.1.20:47613',
            },
          },
        });
      if (channel === 'station.forget')
        return route.fulfill({
          json: {
            ok: true,
            data: {
              role: 'unset',
              name: null,
              vaultAddress: null,
              fingerprint: null,
              revoked: false,
            },
          },
        });
      return route.continue();
    });
  }

  it('zh-CN and en: the join form, main refusing it on a PC that would hold a vault, the fingerprint to compare', async () => {
    await page.getByTestId('setup-mode').getByText('加入保险库主机').click();
    await page.getByTestId('join-host').fill('192.168.1.20');
    await page.getByTestId('join-code').fill('12345678');
    expect(await page.getByTestId('join-code').inputValue()).toBe('1234-5678');
    await fitsWidth(page);
    await shot(page, 'join-zh');
    // Reaching Core (no station layer in the harness) is refused in words.
    await page.getByTestId('join-submit').click();
    expect(await page.getByTestId('error-alert').innerText()).toBe(
      '本机已有自己的保险库，不能再加入其他保险库主机。',
    );
    await answerAsStation();
    await page.getByTestId('join-submit').click();
    await page.getByTestId('joined-panel').waitFor();
    expect(await page.getByTestId('fingerprint').getAttribute('data-value')).toBe(FP);
    await fitsWidth(page);
    await shot(page, 'joined-zh');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Compare the fingerprint' }).waitFor();
    await shot(page, 'joined-en');
    await page.getByTestId('joined-different').click();
    await page.getByTestId('join-forgotten').waitFor();
    await page.getByTestId('join-host').fill('192.168.1.20');
    await fitsWidth(page);
    await shot(page, 'join-en');
  });
});
