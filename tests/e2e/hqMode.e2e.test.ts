/**
 * 总部模式 end to end: the head-office PC of `npm run harness -- --headoffice` over a real
 * PostgreSQL holding three branches' signed bundles. Its supervisor opens the board (the branch
 * with a missing handover and an overdue complaint stands out, first) and last month's report
 * across the three branches, in zh-CN and en at 1366×768, keyboard and mouse.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '../../shared/domain/time';
import { launch, SCREENSHOT_DIR, shot, type BrowserSession } from './chromium';
import { FAST_KDF } from './demoDesk';
import {
  HQ_DEMO_BRANCHES,
  seedHeadOfficeDemo,
  startHeadOfficeChain,
  type HeadOfficeChain,
} from './harness/demoHeadOffice';
import { startHarness, type Harness } from './harness/server';

const byPinyin = new Intl.Collator('zh-Hans-CN').compare;
let chain: HeadOfficeChain;
let harness: Harness;
let browser: BrowserSession;
let page: Page;
const attention = HQ_DEMO_BRANCHES[0]!.name;

beforeAll(async () => {
  chain = await startHeadOfficeChain();
  harness = await startHarness({
    pinKdf: FAST_KDF,
    seed: (core) => seedHeadOfficeDemo(core, chain),
  });
  browser = await launch();
  page = browser.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(harness.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  chain?.stop();
});

async function signIn(username: string, pin: string) {
  if (await page.getByTestId('user-menu').count()) {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
  }
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-pin').fill(pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('on-duty-name').waitFor();
}

async function boardRows(): Promise<string[]> {
  await page
    .locator('[data-testid="hq-board-screen"][data-ready]')
    .waitFor({ timeout: 30_000 })
    .catch(async (e) => {
      await shot(page, 'debug-board');
      throw e;
    });
  return page.getByTestId('hq-board-row').locator('td:first-child p').allTextContents();
}

async function fitsWidth(testId: string) {
  const box = (await page.getByTestId(testId).first().boundingBox())!;
  expect(box.x + box.width, testId).toBeLessThanOrEqual(1366);
}

async function lastMonthReport(): Promise<void> {
  await page.getByTestId('nav-hqreport').click();
  const ready = page.locator('[data-testid="hq-report-screen"][data-ready]');
  await ready.waitFor({ timeout: 30_000 });
  // The screen keeps the period last shown: start from this month.
  await page.getByTestId('report-kind-month').click();
  await page.getByTestId('report-this').click();
  const thisMonth = await page.getByTestId('report-period').textContent();
  await page.getByTestId('report-prev').press('Enter');
  await expect.poll(() => page.getByTestId('report-period').textContent()).not.toBe(thisMonth);
  await ready.waitFor({ timeout: 30_000 });
  await page.mouse.move(700, 760);
}

/** Every day of last month came from every branch, in pinyin order, with their total. */
async function lastMonthFromEveryBranch(total: string): Promise<void> {
  const lastMonth = addDays(`${businessDate(Date.now()).slice(0, 7)}-01`, -1);
  const days = String(Number(lastMonth.slice(8)));
  const table = page.getByTestId('hq-report-branches');
  const names = await table.locator('tbody tr td:first-child').allTextContents();
  expect(names).toEqual([...HQ_DEMO_BRANCHES.map((b) => b.name).sort(byPinyin), total]);
  for (const name of HQ_DEMO_BRANCHES.map((b) => b.name)) {
    const row = table.locator('tr', { hasText: name });
    expect(await row.locator('td').nth(1).textContent(), name).toBe(days);
  }
}

describe('head-office mode over PostgreSQL (总部模式)', { timeout: 180_000 }, () => {
  it('zh-CN: the board puts 朝阳店 first and marked; last month across the three branches', async () => {
    await signIn('sunli', '791357');
    // A head office starts on its board and offers no desk screens.
    expect(await page.getByTestId('nav-reception').count()).toBe(0);
    // Then the others by pinyin: 海淀 (hǎi) before 望京 (wàng).
    expect(await boardRows()).toEqual([attention, '阳光健身 · 海淀店', '阳光健身 · 望京店']);
    const marked = page
      .getByTestId('hq-board-row')
      .filter({ has: page.getByTestId('hq-attention') });
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('td:first-child p').textContent()).toBe(attention);
    const site = await marked.getAttribute('data-site');
    const missingDay = addDays(businessDate(Date.now()), -2);
    const cell = page.getByTestId(`hq-cell-${site}-${missingDay}`);
    expect(await cell.getAttribute('data-state')).toBe('missing');
    await page.getByText('TS-', { exact: false }).first().waitFor();
    await fitsWidth('hq-board-grid');
    await shot(page, 'hq-board-zh');

    await lastMonthReport();
    await lastMonthFromEveryBranch('全部分店');
    await fitsWidth('hq-report-screen');
    await shot(page, 'hq-report-zh');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'hq-report-zh-top.png') });
  });

  it('en: the same board and report, in English', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('English', { exact: true }).click();
    await signIn('sunli', '791357');
    await page.getByTestId('nav-hqboard').click();
    expect((await boardRows())[0]).toBe(attention);
    await page.getByTestId('hq-attention').waitFor();
    expect(await page.getByTestId('hq-attention').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await shot(page, 'hq-board-en');
    await lastMonthReport();
    await lastMonthFromEveryBranch('All branches');
    await shot(page, 'hq-report-en');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'hq-report-en-top.png') });
    await page.getByTestId('nav-hqbranches').click();
    await page.getByTestId('hq-branches-screen').waitFor();
    for (const name of HQ_DEMO_BRANCHES.map((b) => b.name))
      await page.getByText(name).first().waitFor();
    await shot(page, 'hq-branches-en');
  });

  it('zh-CN, the admin: 分店 and 总部设置 (the connection the demo set, the public key)', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('中文', { exact: true }).click();
    await signIn('zhangwei', '246810');
    await page.getByTestId('nav-hqbranches').click();
    await page.getByTestId('hq-branches-screen').waitFor();
    await page.getByText('阳光健身 · 望京店').first().waitFor();
    await page.getByTestId('hq-enrol').waitFor();
    await fitsWidth('hq-branches-screen');
    await shot(page, 'hq-branches-zh');
    await page.getByTestId('nav-hqsettings').click();
    await page.getByTestId('hq-settings-screen').waitFor();
    expect(await page.getByTestId('hq-host').inputValue()).toBe('127.0.0.1');
    expect(await page.getByTestId('hq-public-key').textContent()).toMatch(/^dkho1_/);
    // The password is never shown back, only that one is set.
    expect(await page.getByTestId('hq-password').inputValue()).toBe('');
    await fitsWidth('hq-settings-screen');
    await shot(page, 'hq-settings-zh');
  });
});
