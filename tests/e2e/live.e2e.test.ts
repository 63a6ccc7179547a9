import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, shot, type BrowserSession } from './chromium';
import { FAST_KDF } from './demoDesk';
import { DEMO_STAFF, seedDemo } from './harness/demo';
import { startHarness, type Harness } from './harness/server';

const dataDir = mkdtempSync(join(tmpdir(), 'deskbook-live-'));
const passphrase = 'live e2e passphrase';
let harness: Harness;
let session: BrowserSession;

const staff = (username: string) => DEMO_STAFF.find((s) => s.username === username)!;

/** A second window is a second browser context: its own session, as at another desk PC. */
async function windowFor(browser: Browser, locale: 'zh-CN' | 'en-US'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
  const page = await context.newPage();
  await page.goto(harness.url);
  return page;
}

async function signIn(page: Page, username: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-pin').fill(staff(username).pin);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('on-duty-name').waitFor();
}

/** Who the rotation gives the next visitor to, read as the desk would read it. */
async function nextConsultant(): Promise<string> {
  await harness.dispatch('auth.login', { username: 'sunli', pin: '791357' }, 'probe');
  const r = await harness.dispatch('rotation.today', undefined, 'probe');
  const view = (
    r as {
      ok: true;
      data: { nextStaffId: string; consultants: { staffId: string; displayName: string }[] };
    }
  ).data;
  const name = view.consultants.find((c) => c.staffId === view.nextStaffId)!.displayName;
  await harness.dispatch('auth.logout', undefined, 'probe');
  return DEMO_STAFF.find((s) => s.displayName === name)!.username;
}

beforeAll(async () => {
  harness = await startHarness({
    dataDir,
    passphrase,
    pinKdf: FAST_KDF,
    seed: (core, time) => seedDemo(core, time),
  });
  session = await launch();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('changes pushed from main, and a lost connection', () => {
  let desk: Page;
  let colleague: Page;
  let consultant: Page;

  it('a visitor registered at one desk appears at another in under a second, and the consultant is told', async () => {
    const browser = session.browser;
    [desk, colleague, consultant] = await Promise.all([
      windowFor(browser, 'zh-CN'),
      windowFor(browser, 'en-US'),
      windowFor(browser, 'zh-CN'),
    ]);
    const assigned = await nextConsultant();
    await signIn(desk, 'wangfang');
    await signIn(colleague, 'lina');
    await signIn(consultant, assigned);
    for (const p of [desk, colleague]) {
      await p.getByTestId('nav-desk').click();
      await p.getByTestId('desk-lookup').waitFor();
    }

    await desk.getByTestId('visitor-new').click();
    await desk.getByTestId('visitor-name').fill('韩梅梅');
    await desk.getByTestId('visitor-submit').click();
    const registered = Date.now();
    const row = colleague.getByTestId('visitor-row').filter({ hasText: '韩梅梅' });
    await row.waitFor({ timeout: 1000 });
    const toast = consultant.getByText('韩梅梅 正在前台等候。');
    await toast.waitFor({ timeout: 1000 });
    expect(Date.now() - registered).toBeLessThan(1000);
    expect(await row.getAttribute('data-consultant')).toBe(staff(assigned).displayName);
    await consultant.waitForTimeout(500); // the toast slides in
    await shot(consultant, '90-live-toast-zh');

    // A message to the same consultant, from the desk, with the English desk showing it.
    await harness.dispatch('auth.login', { username: 'lina', pin: staff('lina').pin }, 'probe2');
    const me = (await harness.dispatch('session.get', undefined, 'probe2')) as { ok: true };
    expect(me.ok).toBe(true);
    await consultant.getByText('English', { exact: true }).click();
    await harness.dispatch(
      'messages.send',
      { toStaffId: await staffId(assigned), body: 'Please call Ms Han back.' },
      'probe2',
    );
    await consultant.getByText('A new message for you').waitFor({ timeout: 1000 });
    await consultant.waitForTimeout(500);
    await shot(consultant, '91-live-toast-en');
  });

  it('stopping main shows the connection bar everywhere and refuses actions; what was typed stays', async () => {
    await colleague.getByText('English', { exact: true }).click();
    await colleague.getByText('Front desk', { exact: false }).first().waitFor();
    await desk.getByTestId('visitor-new').click();
    await desk.getByTestId('visitor-name').fill('李雷');
    await harness.close();
    await desk.getByTestId('connection-bar').waitFor({ timeout: 5000 });
    await colleague.getByTestId('connection-bar').waitFor({ timeout: 5000 });
    await desk.getByTestId('visitor-submit').click();
    await expect.poll(() => desk.getByTestId('visitor-name').inputValue()).toBe('李雷');
    await desk.getByText('与应用的连接已中断，未保存任何内容').waitFor();
    await shot(desk, '92-live-offline-zh');
    await shot(colleague, '93-live-offline-en');
  });

  it('main restarted on the same vault: the bar goes, the desk signs in again and works', async () => {
    const port = Number(new URL(harness.origin).port);
    harness = await startHarness({
      dataDir,
      passphrase,
      pinKdf: FAST_KDF,
      port,
      token: harness.token,
    });
    // A restarted main knows no sessions: back to the sign-in screen.
    await desk.getByTestId('login-username').waitFor({ timeout: 10_000 });
    expect(await desk.getByTestId('connection-bar').count()).toBe(0);
    await signIn(desk, 'wangfang');
    await desk.getByTestId('nav-desk').click();
    await desk.getByTestId('visitor-row').filter({ hasText: '韩梅梅' }).waitFor();
  });
});

async function staffId(username: string): Promise<string> {
  return harness.queryValue<string>('SELECT id FROM staff WHERE username = ?', username);
}
