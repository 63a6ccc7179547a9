import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { DEMO_ADMIN, DEMO_STAFF } from './harness/demo';

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk();
  page = desk.page;
});

afterAll(async () => {
  await desk?.close();
});

describe('the demo desk of npm run harness', () => {
  it('has staff of every role and a living audit log', async () => {
    await page.getByTestId('login-username').fill(DEMO_ADMIN.username);
    await page.getByTestId('login-pin').fill(DEMO_ADMIN.pin);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('staff-table').waitFor();
    for (const s of DEMO_STAFF) await page.getByTestId(`staff-row-${s.username}`).waitFor();
    await shot(page, 'demo-staff-zh');
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    // A long table draws a screenful first and the rest as its end scrolls into view.
    await page.getByTestId('rows-rest').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.getByTestId('audit-table').locator('tbody tr').count())
      .toBeGreaterThan(20);
    await shot(page, 'demo-audit-zh');
    await page.getByText('English').first().click();
    await page.getByTestId('nav-home').click();
    await shot(page, 'demo-home-en');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Dark' }).click();
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('staff-table').waitFor();
    await shot(page, 'demo-staff-en-dark');
  });
});
