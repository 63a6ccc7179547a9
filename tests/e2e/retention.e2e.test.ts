/** 保留期限 on the demo desk: an admin previews and runs retention, zh-CN by mouse, en by keyboard. */
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

const dueOf = async (kind: string) =>
  Number(
    await page
      .getByTestId('retention-preview')
      .locator(`[data-kind="${kind}"]`)
      .getAttribute('data-due'),
  );

/** Both cards end inside the window and nothing in them runs past their right edge. */
async function fits() {
  for (const id of ['retention-periods', 'retention-run']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x + box.width, id).toBeLessThanOrEqual(1366);
    const overflow = await page.getByTestId(id).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, id).toBeLessThanOrEqual(0);
  }
}

/** The test id of the focused element (a string: this file has no DOM types). */
const FOCUSED = "document.activeElement && document.activeElement.getAttribute('data-testid')";

async function switchTo(lang: 'English' | '中文', travelMs = 0) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-switch-user').click();
  // Main's clock moves on while nobody is signed in, as weeks pass at a desk.
  desk.travel(travelMs);
  await page.getByText(lang, { exact: true }).click();
  await desk.signIn('zhangwei', '246810');
}

describe('retention (保留期限) on the demo desk', () => {
  it('zh-CN: the admin sees every kind with its default, previews the old records and runs', async () => {
    await desk.signIn('zhangwei', '246810');
    await page.getByTestId('nav-retention').click();
    await page.getByTestId('retention-periods').waitFor();
    expect(await page.getByTestId('retention-periods').locator('tbody tr').count()).toBe(9);
    await fits();
    await shot(page, 'retention-zh');
    await page.getByTestId('retention-preview-button').click();
    await page.getByTestId('retention-preview').waitFor();
    // The demo's paper-register visitors and its first phone inquiries are past their period.
    expect(await dueOf('visitors')).toBeGreaterThanOrEqual(6);
    expect(await dueOf('callBacks')).toBeGreaterThanOrEqual(4);
    await fits();
    await shot(page, 'retention-preview-zh');
    await page.getByTestId('retention-run-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/将匿名化或删除 \d+ 条记录/);
    await page.waitForTimeout(300);
    await shot(page, 'retention-confirm-zh');
    await dialog.getByTestId('retention-confirm').click();
    await page.getByTestId('retention-done').waitFor();
    await expect
      .poll(() => page.getByTestId('retention-last-run').innerText())
      .toMatch(/张伟：已匿名化 \d+ 条/);
    // The preview is asked again after the run's end; under load it lands after the result line.
    await expect.poll(() => dueOf('visitors')).toBe(0);
    await expect.poll(() => dueOf('callBacks')).toBe(0);
    await shot(page, 'retention-done-zh');
  });

  it('en by keyboard: shortens the shift-log period, saves, previews and runs', async () => {
    // Six weeks on, the demo's last days of shift log are over a month old.
    await switchTo('English', 42 * 86_400_000);
    await page.getByTestId('nav-retention').click();
    const months = page.getByTestId('retention-months-shiftLog');
    await months.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    // Tab on through the remaining periods to Save.
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(FOCUSED);
      if (at === 'retention-save') break;
    }
    await page.keyboard.press('Enter');
    await page.getByText('Retention periods saved.').waitFor();
    // Save greys out once saved (nothing left to save), which drops the focus; go on from Preview.
    await page.getByTestId('retention-preview-button').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('retention-preview').waitFor();
    const entries = await dueOf('shiftLog');
    expect(entries).toBeGreaterThan(0);
    await fits();
    await shot(page, 'retention-preview-en');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Shift-log free text');
    await page.waitForTimeout(300);
    await shot(page, 'retention-confirm-en');
    // The dialog starts on "Keep them"; one Tab reaches Anonymise.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('retention-done').waitFor();
    expect(await page.getByTestId('retention-done').innerText()).toBe(
      `Done: ${entries} records anonymised.`,
    );
    await expect.poll(() => dueOf('shiftLog')).toBe(0);
    await shot(page, 'retention-done-en');
  });
});
