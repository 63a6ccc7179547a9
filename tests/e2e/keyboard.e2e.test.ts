/**
 * Issue 11: the desk's day by keyboard only — no mouse events, no clicks. A scanner is a
 * fast burst ending in Enter; a person types slower than the scan gap (30 ms), so people's
 * keys here go at 60 ms.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot as shotNow } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { scanCard } from './deskInput';
import { DEMO_STAFF } from './harness/demo';

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk();
  page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
});

/** After every drawer and modal has finished sliding (a cancelled one counts), so nothing is caught half-way. */
async function shot(p: Page, name: string) {
  // A string runs in the page, where the DOM exists; this file is type-checked for Node.
  await p.evaluate(
    'Promise.all(document.getAnimations().map((a) => a.finished.catch(() => a))).then(() => 0)',
  );
  await shotNow(p, name);
}

afterAll(async () => {
  await desk?.close();
});

/** As fast as the page takes keys, as a scanner does. */
const scan = (code: string) => scanCard(page, code);
const typeSlowly = (text: string) => page.keyboard.type(text, { delay: 60 });
const focused = () =>
  page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");

async function signInByKeyboard(username: string, pin: string) {
  await page.getByTestId('login-username').waitFor();
  await expect.poll(focused).toBe('login-username');
  await typeSlowly(username);
  await page.keyboard.press('Tab');
  await typeSlowly(pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('on-duty-name').waitFor();
}

/** Scan → tag → drink (F6) → check-out by tag (F3), settled with Enter → confirmation. */
async function memberLoop(card: string, tag: string, drink: string, lang: string) {
  await scan(card);
  await expect.poll(focused).toBe('checkin-tag');
  await typeSlowly(tag);
  await shot(page, `k1-checkin-${lang}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-done-tag').textContent()).resolves.toBe(tag);

  await page.keyboard.press('F6');
  await expect.poll(focused).toBe('checkout-tag');
  await typeSlowly(tag);
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('charge-item-select');
  await page.keyboard.type(drink);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('charge-add');
  await page.keyboard.press('Enter');
  await page.getByTestId('charge-item').first().waitFor();
  await shot(page, `k2-drink-${lang}`);
  await page.keyboard.press('Escape');
  await page.getByTestId('tag-panel-number').waitFor({ state: 'detached' });

  await page.keyboard.press('F3');
  await expect.poll(focused).toBe('checkout-tag');
  await typeSlowly(tag);
  await page.keyboard.press('Enter');
  await page.getByTestId('checkout-unsettled').waitFor();
  await expect.poll(focused).toBe('settle-submit');
  await shot(page, `k3-checkout-unsettled-${lang}`);
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('checkout-submit');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkout-done-tag').textContent()).resolves.toBe(tag);
  await expect.poll(() => page.getByTestId(`tag-tile-${tag}`).count()).toBe(0);
  await shot(page, `k4-checked-out-${lang}`);
}

/** F4, a name, Enter; the row takes the keyboard; the consultant's PIN, Enter. */
async function visitorLoop(name: string, lang: string) {
  await page.keyboard.press('F4');
  await expect.poll(focused).toBe('visitor-name');
  await typeSlowly(name);
  await page.keyboard.press('Enter');
  const notice = page.getByTestId('visitor-registered');
  await notice.waitFor();
  const row = page.getByTestId('visitor-row').filter({ hasText: name });
  const consultant = await row.getAttribute('data-consultant');
  expect(consultant).toBeTruthy();
  await expect(notice.textContent()).resolves.toContain(consultant!);
  await expect.poll(focused).toBe('visitor-confirm');
  await shot(page, `k5-visitor-registered-${lang}`);
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('visitor-confirm-user');
  const who = DEMO_STAFF.find((s) => s.displayName === consultant)!;
  await typeSlowly(who.username);
  await page.keyboard.press('Tab');
  await typeSlowly(who.pin);
  await shot(page, `k6-visitor-pin-${lang}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => row.count()).toBe(0);
}

describe('the desk by keyboard only', () => {
  it('scan → tag → drink → check-out with settling → confirmation', async () => {
    await signInByKeyboard('wangfang', '1357');
    await page.getByTestId('desk-lookup').waitFor();
    await shot(page, 'k0-reception-zh');
    await memberLoop('M-1009', '12', '运动', 'zh');
  });

  it('two scans in a row while the tag box has focus: the second member is on the panel', async () => {
    await scan('M-1015');
    await expect.poll(focused).toBe('checkin-tag');
    await scan('M-1013');
    await page.getByTestId('checkin-panel').getByText('朱婷').waitFor();
    await expect(page.getByTestId('checkin-tag').inputValue()).resolves.toBe('');
    await expect(page.getByTestId('checkin-skipped').textContent()).resolves.toContain('郭静');
    expect(await page.getByTestId('error-alert').count()).toBe(0);
    await shot(page, 'k7-second-scan-zh');
    await page.keyboard.press('Escape');
  });

  it('a visitor registered and handed over with the consultant’s PIN by Enter', async () => {
    await visitorLoop('韩雪', 'zh');
  });

  it('the message recipient box finds 刘洋 by “liu”; the help lists the drawer keys', async () => {
    await page.getByTestId('messages-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('message-to').focus();
    await page.keyboard.type('liu');
    await page.getByRole('option', { name: '刘洋' }).waitFor();
    await shot(page, 'k8-message-to-zh');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('message-to').inputValue()).resolves.toBe('刘洋');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByTestId('messages-drawer').waitFor({ state: 'hidden' });
    await page.keyboard.press('F1');
    await page.getByTestId('desk-help').getByText('F8').waitFor();
    await shot(page, 'k9-help-zh');
    await page.keyboard.press('Escape');
  });

  it('the same loop in English', async () => {
    await page.locator('input[value="en"]').focus();
    await page.keyboard.press('Space');
    await page.getByText('Reception').first().waitFor();
    await page.getByTestId('desk-lookup').focus();
    await shot(page, 'k0-reception-en');
    await memberLoop('M-1016', '15', '运动', 'en');
    await visitorLoop('Lily Chen', 'en');
    await page.keyboard.press('F1');
    await page.getByTestId('desk-help').getByText('F8').waitFor();
    await shot(page, 'k9-help-en');
    await page.keyboard.press('Escape');
  });
});
