/**
 * Issue 11, what a receptionist expects at the desk, seen on the demo desk with no shift open
 * yet: the warning that nothing is being counted into a handover, a birthday greeting at
 * check-in, and this PC's sounds in the user menu. Screenshots in both languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot as shotNow } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk({ currentShift: false });
  page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await desk.signIn('lina', '2468');
});

afterAll(async () => {
  await desk?.close();
});

async function shot(name: string) {
  await page.evaluate(
    'Promise.all(document.getAnimations().map((a) => a.finished.catch(() => a))).then(() => 0)',
  );
  await shotNow(page, name);
}

async function useLanguage(lang: 'zh-CN' | 'en') {
  // The language switch is a segmented control: its radios are hidden, chosen by key.
  await page.locator(`input[value="${lang}"]`).focus();
  await page.keyboard.press('Space');
  await page.getByTestId('desk-lookup').waitFor();
}

async function birthdayCheckIn(lang: string) {
  await page.getByTestId('desk-lookup').focus();
  await page.keyboard.type('M-1012');
  await page.keyboard.press('Enter');
  const greeting = page.getByTestId('checkin-birthday');
  await greeting.waitFor();
  await expect(greeting.textContent()).resolves.toContain('马超');
  await shot(`d2-birthday-${lang}`);
  await page.keyboard.press('Escape');
}

async function soundsMenu(lang: string, scanLabel: RegExp) {
  await page.getByTestId('user-menu').click();
  const scan = page.getByTestId('menu-scan-sound');
  await scan.waitFor();
  await expect(scan.textContent()).resolves.toMatch(scanLabel);
  await shot(`d3-sounds-menu-${lang}`);
  await page.keyboard.press('Escape');
  await scan.waitFor({ state: 'hidden' });
}

describe('the desk before a shift opens', () => {
  it('warns that no shift is open, greets a birthday, and offers this PC’s sounds (zh-CN)', async () => {
    await page.getByTestId('no-shift-notice').waitFor();
    await shot('d1-no-shift-zh');
    await birthdayCheckIn('zh');
    await soundsMenu('zh', /刷卡提示音：关/);
  });

  it('the same in English', async () => {
    await useLanguage('en');
    await expect(page.getByTestId('no-shift-notice').textContent()).resolves.toMatch(/shift/i);
    await shot('d1-no-shift-en');
    await birthdayCheckIn('en');
    await soundsMenu('en', /Scan sound: off/);
  });

  it('a consultant calls back by keyboard: the list, the note, Enter (zh-CN and en)', async () => {
    await desk.signIn('liuyang', '3579');
    await page.locator('input[value="zh-CN"]').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('nav-callbacks').click();
    const open = page.getByTestId('callback-open');
    await open.first().waitFor();
    await expect(open.first().textContent()).resolves.toContain('彭先生');
    await expect(page.getByTestId('callback-done-row').first().textContent()).resolves.toContain(
      '已发价目表',
    );
    await shot('d4-callbacks-zh');
    // The first caller's note has focus: type what came of it and press Enter.
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')"))
      .toBe('callback-note');
    await page.keyboard.type('已约周六上午参观', { delay: 20 });
    await page.keyboard.press('Enter');
    await page.getByTestId('callbacks-none').waitFor();
    await page.locator('input[value="en"]').focus();
    await page.keyboard.press('Space');
    await page.getByText('Called back today').waitFor();
    await shot('d4-callbacks-en');
  });
});
