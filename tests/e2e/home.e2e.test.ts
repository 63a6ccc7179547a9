import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';

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

/** Every card on the first screen, none of its words cut off (DOM code as a string: no DOM lib). */
async function cardsFit(): Promise<void> {
  // A desk role starts on its working screen; the home page is one click away.
  await page.getByTestId('nav-home').click();
  await page
    .getByTestId('home-cards')
    .waitFor({ timeout: 10_000 })
    .catch(async (err) => {
      await shot(page, 'h0-home-failed');
      throw err;
    });
  const cut = await page.evaluate(`(() => {
    const bad = [];
    for (const el of document.querySelectorAll('[data-testid^="home-item-"]')) {
      const r = el.getBoundingClientRect();
      if (r.bottom > window.innerHeight || r.right > window.innerWidth) bad.push(el.dataset.testid);
      for (const p of el.querySelectorAll('p'))
        if (p.scrollWidth > p.clientWidth + 1) bad.push(el.dataset.testid + ':' + p.textContent);
    }
    return bad;
  })()`);
  expect(cut).toEqual([]);
}

async function switchTo(lang: 'English' | '中文', username: string, pin: string) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-switch-user').click();
  await page.getByText(lang, { exact: true }).click();
  await desk.signIn(username, pin);
}

describe('the home page per role at 1366×768', () => {
  it('zh-CN: the receptionist and the supervisor', async () => {
    await desk.signIn('wangfang', '1357');
    await cardsFit();
    // Main's count of people on site is the card's figure.
    const onSite = await desk.harness.queryValue<number>(
      'SELECT count(*) FROM check_ins WHERE checked_out_at IS NULL',
    );
    await expect
      .poll(() => page.getByTestId('home-item-onSite').innerText())
      .toContain(String(onSite));
    expect(await page.getByTestId('home-item-approvals').count()).toBe(0);
    await shot(page, 'h1-home-receptionist-zh');
    await desk.signIn('sunli', '791357');
    await cardsFit();
    expect(await page.getByTestId('home-item-onSite').count()).toBe(0);
    await shot(page, 'h2-home-supervisor-zh');
    await page.getByTestId('home-item-approvals').click();
    await expect.poll(() => page.url()).toContain('#/approvals');
  });

  it('en: the same', async () => {
    await switchTo('English', 'wangfang', '1357');
    await cardsFit();
    await shot(page, 'h3-home-receptionist-en');
    await switchTo('English', 'sunli', '791357');
    await cardsFit();
    await shot(page, 'h4-home-supervisor-en');
  });
});
