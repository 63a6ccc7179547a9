import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { DEMO_ADMIN } from './harness/demo';

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk();
  page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await desk?.close();
});

const links = (...routes: string[]) =>
  Promise.all(routes.map((r) => page.getByTestId(`nav-${r}`).count()));

/** What this window's session gets from main for a channel (the page's own bridge). */
function callFromPage(channel: string): Promise<{ ok: boolean; error?: { reason?: string } }> {
  return page.evaluate(`window.deskbook.invoke(${JSON.stringify(channel)}, undefined)`) as Promise<{
    ok: boolean;
    error?: { reason?: string };
  }>;
}

/** Nothing in the settings section runs past its box or the window. */
async function sectionFits(): Promise<void> {
  const cut = await page.evaluate(`(() => {
    const bad = [];
    const box = document.querySelector('[data-testid="site-profile"]').getBoundingClientRect();
    for (const el of document.querySelectorAll('[data-testid="site-profile"] p, [data-testid="site-profile"] label')) {
      const r = el.getBoundingClientRect();
      if (r.right > box.right + 1 || el.scrollWidth > el.clientWidth + 1) bad.push(el.textContent);
    }
    return bad;
  })()`);
  expect(cut).toEqual([]);
}

async function chooseProfile(profile: 'office' | 'gym'): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('site-profile').waitFor();
  await page.getByTestId(`profile-${profile}`).click();
  if (profile === 'gym') {
    // The demo is a gym with every module: the queue is ticked on top of the gym's own.
    await page.getByTestId('module-queue').check();
  }
  await page.getByTestId('site-profile-save').click();
}

describe('site profiles at 1366×768', () => {
  it('zh-CN: an office loses the member desk and the queue; main refuses the queue', async () => {
    await desk.signIn(DEMO_ADMIN.username, DEMO_ADMIN.pin);
    expect(await links('desk', 'queue', 'onsite', 'fairness', 'prices')).toEqual([1, 1, 1, 1, 1]);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('site-profile').waitFor();
    await sectionFits();
    await shot(page, 'sp1-settings-gym-zh');
    await chooseProfile('office');
    await expect.poll(() => page.getByTestId('nav-queue').count()).toBe(0);
    expect(await links('queue', 'onsite', 'fairness', 'prices', 'waivertext')).toEqual([
      0, 0, 0, 0, 0,
    ]);
    // The reception screen stays for the phone log, the message book and the visitors.
    expect(await links('desk', 'clients', 'shift')).toEqual([1, 1, 1]);
    expect(await callFromPage('queue.list')).toMatchObject({
      ok: false,
      error: { reason: 'module.off' },
    });
    expect((await callFromPage('visitors.waiting')).ok).toBe(true);
    const stored = await desk.harness.queryValue<string>(
      "SELECT value FROM settings WHERE key = 'modules'",
    );
    expect(JSON.parse(stored)).toEqual(['visitors', 'clientFiles']);
    await sectionFits();
    await shot(page, 'sp2-settings-office-zh');
    await page.getByTestId('nav-desk').click();
    await page.getByTestId('call-new').waitFor();
    expect(await page.getByTestId('checkout-by-tag').count()).toBe(0);
    await shot(page, 'sp3-desk-office-zh');
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-item-settings').waitFor();
    await shot(page, 'sp4-home-admin-office-zh');
  });

  it('en: the same office, then back to the gym with everything', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('English', { exact: true }).click();
    await desk.signIn(DEMO_ADMIN.username, DEMO_ADMIN.pin);
    expect(await links('queue', 'onsite')).toEqual([0, 0]);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('site-profile').waitFor();
    await sectionFits();
    await shot(page, 'sp5-settings-office-en');
    await page.getByTestId('nav-desk').click();
    await page.getByTestId('call-new').waitFor();
    await shot(page, 'sp6-desk-office-en');
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-item-settings').waitFor();
    await shot(page, 'sp7-home-admin-office-en');
    await chooseProfile('gym');
    await expect.poll(() => page.getByTestId('nav-queue').count()).toBe(1);
    expect(await links('desk', 'queue', 'onsite', 'fairness', 'prices')).toEqual([1, 1, 1, 1, 1]);
    expect((await callFromPage('queue.list')).ok).toBe(true);
  });
});
