/** 总部 on the demo desk: the admin's head-office screen, zh-CN and en. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk();
  page = desk.page;
  await page.setViewportSize({ width: 1366, height: 900 });
});

afterAll(async () => {
  await desk?.close();
});

async function fits() {
  for (const id of ['ho-push', 'ho-connection', 'ho-sharing', 'ho-enrolment']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x + box.width, id).toBeLessThanOrEqual(1366);
  }
}

describe('head office (总部) on the demo desk', () => {
  it('zh-CN, then en: settings, the push card, sharing off with its warning, the code', async () => {
    await desk.signIn('zhangwei', '246810');
    await page.getByTestId('nav-headoffice').click();
    await page.getByTestId('ho-enrolment').waitFor();
    expect(await page.getByTestId('ho-configured').textContent()).toBe('未设置');
    expect(await page.getByTestId('ho-share').isChecked()).toBe(false);
    expect((await page.getByTestId('ho-code').textContent())!.length).toBeGreaterThan(100);
    await page.getByTestId('ho-host').fill('ho.example.com');
    await page.getByTestId('ho-save').click();
    await page.getByText('其他服务器需要其 CA 证书。').waitFor();
    await fits();
    await shot(page, 'headoffice-zh');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('English', { exact: true }).click();
    await desk.signIn('zhangwei', '246810');
    await page.getByTestId('nav-headoffice').click();
    await page.getByTestId('ho-enrolment').waitFor();
    expect(await page.getByTestId('ho-configured').textContent()).toBe('Not set up');
    expect(await page.getByTestId('ho-push-now').isDisabled()).toBe(true);
    await fits();
    await shot(page, 'headoffice-en');
  });
});
