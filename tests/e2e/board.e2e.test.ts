import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk();
  page = desk.page;
});

afterAll(async () => {
  await desk?.close();
});

/** The demo's flagged handover nobody has accepted yet. */
async function flaggedId(): Promise<string> {
  return desk.harness.queryValue<string>(
    `SELECT r.handover_id FROM handover_receipts r
     LEFT JOIN handover_reviews v ON v.handover_id = r.handover_id
     WHERE r.outcome = 'flagged' AND v.handover_id IS NULL LIMIT 1`,
  );
}

async function boardAndFlagged(lang: string) {
  await page.getByTestId('nav-handovers').click();
  const now = page.getByTestId('board-now');
  await now.waitFor();
  // The "now" row counts what main counts: people on site and tags out right now.
  const onSite = await desk.harness.queryValue<number>(
    'SELECT count(*) FROM check_ins WHERE checked_out_at IS NULL',
  );
  expect(onSite).toBeGreaterThan(0);
  await expect.poll(() => now.getByTestId('now-onsite').innerText()).toContain(String(onSite));
  const box = await now.boundingBox();
  expect(box!.y + box!.height).toBeLessThan(768);
  await shot(page, `b1-board-now-${lang}`);
  await page
    .getByTestId('board-mode')
    .getByText(lang === 'zh' ? '周' : 'Week')
    .click();
  await page.getByTestId('board-day').first().waitFor();
  await shot(page, `b2-board-week-${lang}`);

  await page.goto(`${desk.harness.url.split('#')[0]}#/handover/${await flaggedId()}`);
  const reasons = page.getByTestId('review-flags');
  await reasons.waitFor();
  const accept = page.getByTestId('handover-accept');
  const [r, a] = [await reasons.boundingBox(), await accept.boundingBox()];
  // The reason sits right above Accept, both on the first screen.
  expect(a!.y - (r!.y + r!.height)).toBeLessThan(40);
  expect(a!.y + a!.height).toBeLessThan(768);
  expect(await page.getByTestId('anomalies-none').count()).toBe(0);
  // The sidebar lights 交接班 on a handover.
  expect(await page.getByTestId('nav-handovers').getAttribute('data-active')).toBe('true');
  expect(await page.getByTestId('nav-shift').getAttribute('data-active')).toBeNull();
  await shot(page, `b3-handover-flagged-${lang}`);
}

describe('the supervisor’s board and a flagged handover at 1366×768', () => {
  it('zh-CN: the now row, the week without days ahead, the flag by Accept', async () => {
    await desk.signIn('sunli', '791357');
    await boardAndFlagged('zh');
  });

  it('en: the same', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('English', { exact: true }).click();
    await desk.signIn('sunli', '791357');
    await boardAndFlagged('en');
  });
});
