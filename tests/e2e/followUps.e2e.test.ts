/** 今日回访 by keyboard on the demo desk, and the client file's 回访 tab, at 1366×768. */
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

const openRows = () => page.getByTestId('followup-row').count();
const doneRows = () => page.getByTestId('followup-done-row').count();

async function switchTo(lang: 'English' | '中文', username: string, pin: string) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-switch-user').click();
  await page.getByText(lang, { exact: true }).click();
  await desk.signIn(username, pin);
}

/** Nothing of the panel or the list runs off the right edge or under the next block. */
async function fits() {
  for (const id of ['followups-list', 'followup-panel']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.x + box!.width, id).toBeLessThanOrEqual(1366);
  }
}

describe('follow-up calls (回访) on the demo desk', () => {
  it('the receptionist works through the list by keyboard (zh-CN); the duty manager sees all (en)', async () => {
    await desk.signIn('wangfang', '1357');
    await page.getByTestId('nav-followups').click();
    await page.getByTestId('followups-list').waitFor();
    await expect.poll(openRows).toBeGreaterThan(1);
    // The demo's day: made (reached 5, not answered and retried, unreachable at attempt 3).
    const states = await Promise.all(
      (await page.getByTestId('followup-done-row').all()).map((r) => r.getAttribute('data-state')),
    );
    expect(states).toEqual(expect.arrayContaining(['done', 'retried', 'unreachable']));
    await fits();
    await shot(page, 'followups-list-zh');

    const before = { open: await openRows(), done: await doneRows() };
    const list = page.getByTestId('followups-list');
    await list.focus();
    await page.keyboard.press('ArrowDown');
    const chosen = await page.getByTestId('followup-panel').getAttribute('data-call-id');
    await page.keyboard.press('Enter');
    await page.keyboard.press('4');
    await expect
      .poll(() => page.getByTestId('followup-score-4').getAttribute('aria-pressed'))
      .toBe('true');
    await shot(page, 'followups-call-zh');
    await page.keyboard.press('r');
    await expect.poll(doneRows).toBe(before.done + 1);
    await expect.poll(openRows).toBe(before.open - 1);
    const recorded = await desk.harness.queryValue<number>(
      `SELECT score FROM follow_up_calls WHERE id = '${chosen}'`,
    );
    expect(recorded).toBe(4);
    // Focus is back on the list with the next call chosen: Enter, then N (not answered).
    await expect
      .poll(() => page.evaluate('document.activeElement.dataset.testid'))
      .toBe('followups-list');
    await page.keyboard.press('Enter');
    await page.keyboard.press('n');
    await expect.poll(doneRows).toBe(before.done + 2);

    // The duty manager sees everyone's calls: the consultant's overdue one among them.
    await switchTo('English', 'zhaolei', '6802');
    await page.getByTestId('nav-followups').click();
    await page.getByTestId('followups-list').waitFor();
    await expect.poll(openRows).toBeGreaterThan(0);
    await page.getByTestId('followups-list').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('b');
    await page.getByTestId('followup-callback-at').waitFor();
    await fits();
    await shot(page, 'followups-list-en');
  });

  it('the client file shows the plan, next calls and outcomes (en, then zh-CN)', async () => {
    const clientId = await desk.harness.queryValue<string>(
      "SELECT id FROM clients WHERE card_number = 'M-1001'",
    );
    await page.evaluate(`window.location.hash = '#/client/${clientId}'`);
    await page.getByTestId('client-tab-followups').click();
    await page.getByTestId('followup-plan').first().waitFor();
    await expect.poll(() => page.getByTestId('followup-flag').innerText()).toContain('Unreachable');
    await shot(page, 'followups-client-en');
    await switchTo('中文', 'liuyang', '3579');
    await page.evaluate(`window.location.hash = '#/client/${clientId}'`);
    await page.getByTestId('client-tab-followups').click();
    await page.getByTestId('followup-plan').first().waitFor();
    await shot(page, 'followups-client-zh');
  });
});
