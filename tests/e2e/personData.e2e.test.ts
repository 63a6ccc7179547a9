/** 个人信息请求 on the demo desk: find a person, see what is held, finish the waiting erasure. */
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

/** The screen ends inside the window and nothing in it runs past its right edge. */
async function fits() {
  const overflow = await page
    .getByTestId('persondata-screen')
    .evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await page.getByTestId('persondata-screen').boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
}

async function find(name: string, phone: string, reason: string) {
  await page.getByTestId('persondata-name').fill(name);
  await page.getByTestId('persondata-phone').fill(phone);
  await page.getByTestId('persondata-reason').fill(reason);
  await page.getByTestId('persondata-find').click();
  await page.getByTestId('persondata-found').waitFor();
}

/** Toasts fade out by themselves; a shot should not catch one over the page. */
async function noToasts() {
  for (const close of await page.locator('.mantine-Notification-closeButton').all())
    await close.click();
  await expect.poll(() => page.locator('.mantine-Notification-root').count()).toBe(0);
}

async function language(label: 'English' | '中文') {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-switch-user').click();
  await page.getByText(label, { exact: true }).click();
  await desk.signIn('zhangwei', '246810');
}

describe('personal data requests (个人信息请求) on the demo desk', () => {
  it('zh-CN: the admin finds a member, sees the waiting erasure and completes it', async () => {
    await desk.signIn('zhangwei', '246810');
    await page.getByTestId('nav-persondata').click();
    const pending = page.locator('[data-testid="persondata-request"][data-status="pending"]');
    await pending.first().waitFor();
    expect(await pending.first().innerText()).toContain('郭静');
    expect(await pending.first().innerText()).toContain('孙丽');
    await find('张三', '13812345678', '会员要求查阅本人信息');
    await page.getByTestId('persondata-group-clientFile').click();
    // Found by phone: the file itself, with its visits and cases, is looked up from the file.
    await page.getByTestId('persondata-use-file').click();
    await page.getByTestId('persondata-file').waitFor();
    await page.getByTestId('persondata-reason').fill('会员要求查阅本人信息');
    await page.getByTestId('persondata-find').click();
    await page.getByTestId('persondata-group-complaints').waitFor();
    expect(await page.getByTestId('persondata-total').innerText()).toMatch(/共 \d+ 条记录/);
    await page.getByTestId('persondata-group-complaints').click();
    await page.getByTestId('persondata-items-complaints').waitFor();
    await fits();
    await shot(page, 'pd1-found-zh');
    await pending.first().getByTestId('persondata-approve').click();
    await page.getByTestId('persondata-erase-confirm').waitFor();
    await shot(page, 'pd2-erase-confirm-zh');
    await page.getByTestId('persondata-erase-confirm').click();
    const erased = page.locator('[data-testid="persondata-request"][data-status="erased"]');
    await erased.first().waitFor();
    expect(await erased.first().innerText()).toContain('不再保存');
    await noToasts();
    await shot(page, 'pd3-erased-zh');
    await page.getByTestId('nav-persondata').click();
    await page.getByTestId('persondata-name').waitFor();
    await find('郭静', '15600001111', '核对删除结果');
    expect(await page.getByTestId('persondata-total').innerText()).toBe('共 0 条记录');
  });

  it('en: the same screen for another member, requesting an export', async () => {
    await language('English');
    await page.getByTestId('nav-persondata').click();
    await find('李娟', '13911113333', 'Her written request for a copy');
    await page.getByTestId('persondata-group-clientFile').click();
    await page.getByTestId('persondata-use-file').click();
    await page.getByTestId('persondata-reason').fill('Her written request for a copy');
    await page.getByTestId('persondata-find').click();
    await page.getByTestId('persondata-group-checkIns').click();
    await page.getByTestId('persondata-items-checkIns').waitFor();
    await fits();
    await shot(page, 'pd4-found-en');
    await page.getByTestId('persondata-request-export').click();
    await page.getByTestId('persondata-request-submit').click();
    const open = page.locator('[data-testid="persondata-request"][data-kind="export"]');
    await open.first().waitFor();
    expect(await open.first().innerText()).toContain('Supervisor: waiting');
    await noToasts();
    await fits();
    await shot(page, 'pd5-requests-en');
  });
});
