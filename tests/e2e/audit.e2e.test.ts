import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';

let desk: DemoDesk;

beforeAll(async () => {
  desk = await openDemoDesk();
  await desk.page.setViewportSize({ width: 1366, height: 768 });
  await desk.signIn('sunli', '791357');
});

afterAll(async () => {
  await desk?.close();
});

/** The table's visible text: no epoch numbers, no JSON, no raw action names. */
async function tableText(): Promise<string> {
  const table = desk.page.getByTestId('audit-table');
  await expect.poll(() => desk.page.getByTestId('audit-row').count()).toBeGreaterThan(5);
  return (await table.innerText()) ?? '';
}

/** Epoch numbers, JSON and dotted internal names ("desk.checkIn") with their context. */
const rawBits = (text: string) =>
  [...text.matchAll(/.{0,30}(\d{13}|[{}"]|\b[a-z]+\.(?!db\b)[a-z][A-Za-z]+\b).{0,20}/g)].map(
    (m) => m[0],
  );

describe('the audit screen reads as words', () => {
  it('zh-CN and en at 1366×768: local times, labels, names, key: value details', async () => {
    const page = desk.page;
    await page.getByTestId('nav-audit').click();
    const zh = await tableText();
    await shot(page, 'audit-zh');
    expect(rawBits(zh)).toEqual([]);
    // The language switch sits on the sign-in screen.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('English', { exact: true }).click();
    await desk.signIn('sunli', '791357');
    await page.getByTestId('nav-audit').click();
    const en = await tableText();
    await shot(page, 'audit-en');
    expect(rawBits(en)).toEqual([]);
  });
});
