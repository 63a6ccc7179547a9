import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import type { Harness } from './harness/server';

let desk: DemoDesk;
let harness: Harness;
let page: Page;
const signIn = (username: string, pin: string) => desk.signIn(username, pin);

beforeAll(async () => {
  desk = await openDemoDesk();
  ({ harness, page } = desk);
});

afterAll(async () => {
  await desk?.close();
});

describe('reviews, approvals and import, end to end', () => {
  it('the desk sees overdue reviews and marks a file review done', async () => {
    await signIn('wangfang', '1357');
    await page.getByTestId('nav-reviews').click();
    const overdue = page.locator('[data-testid="review-row"][data-overdue="true"]');
    await overdue.first().waitFor();
    const before = await overdue.count();
    await shot(page, '30-reviews');
    await overdue.first().getByTestId('review-mark-done').click();
    await page.getByTestId('review-note').fill('已电话核对手机号与地址');
    await page.getByTestId('review-submit').click();
    await page.getByTestId('reviews-success').waitFor();
    await expect.poll(() => overdue.count()).toBe(before - 1);
  });

  it('a destruction needs the supervisor and the admin; the file then leaves a tombstone', async () => {
    await signIn('sunli', '791357');
    await page.getByTestId('nav-approvals').click();
    await page.getByTestId('approvals-tab-destruction').click();
    await page.getByTestId('destruction-row').first().getByTestId('destruction-approve').click();
    await page.getByTestId('destruction-confirm').click();
    await page.getByTestId('approvals-success').waitFor();
    await page.getByTestId('approvals-tab-exports').click();
    const pending = page.locator('[data-testid="export-row"][data-status="pending"]');
    await pending.first().getByTestId('export-approve').click();
    await page.getByTestId('approvals-success').waitFor();
    await shot(page, '31-approvals-supervisor');

    await signIn('zhangwei', '246810');
    await page.getByTestId('nav-approvals').click();
    await page.getByTestId('approvals-tab-destruction').click();
    await page.getByTestId('destruction-row').first().getByTestId('destruction-approve').click();
    await shot(page, '32-destruction-confirm');
    await page.getByTestId('destruction-confirm').click();
    await page.getByTestId('approvals-success').waitFor();
    await page.getByTestId('approvals-tab-tombstones').click();
    await page.getByTestId('tombstone-row').first().waitFor();
    await expect(page.getByTestId('tombstone-row').first().textContent()).resolves.toContain(
      '会员注销满两年',
    );
    await shot(page, '33-tombstones');
    await page.getByTestId('approvals-tab-exports').click();
    await page
      .locator('[data-testid="export-row"][data-status="pending"]')
      .first()
      .getByTestId('export-approve')
      .click();
    await page.getByTestId('approvals-success').waitFor();
  });

  it('the requester writes the approved export once', async () => {
    await signIn('zhaolei', '6802');
    await page.getByTestId('nav-approvals').click();
    const approved = page.locator('[data-testid="export-row"][data-status="approved"]');
    await expect.poll(() => approved.count()).toBe(2);
    await approved.first().getByTestId('export-run').click();
    await page.getByTestId('export-file-name').first().waitFor();
    await shot(page, '34-export-written');
    expect(readdirSync(harness.exportDir)).toHaveLength(1);
  });

  it('imports a member list with a preview of the rows to correct', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskbook-import-'));
    const file = join(dir, '会员名单.csv');
    writeFileSync(
      file,
      '\ufeff姓名,手机,证件号码,卡号,会籍状态,到期日期\r\n' +
        '钱多多,13510102020,,IMP-9001,正常,2027-06-30\r\n' +
        '孔乙己,13520203030,110105199001011234,IMP-9002,正常,2027-06-30\r\n' +
        '张三丰,13530304040,,VIP-0001,正常,2027-06-30\r\n',
    );
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('clients-import').click();
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-invalid-row').first().waitFor();
    await expect(page.getByTestId('import-valid-count').getAttribute('data-count')).resolves.toBe(
      '1',
    );
    await expect(page.getByTestId('import-invalid-count').getAttribute('data-count')).resolves.toBe(
      '2',
    );
    await shot(page, '35-import-preview');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-imported-count').waitFor();
    await shot(page, '36-import-done');
  });

  it('the same screens in English', async () => {
    await page.getByText('English').first().click();
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('clients-search').fill('zs');
    await page.getByTestId('client-result-VIP-0001').waitFor();
    await shot(page, '37-clients-en');
    await page.keyboard.press('Enter');
    await page.getByTestId('client-file-name').waitFor();
    await shot(page, '38-client-file-en');
    await page.getByTestId('nav-reviews').click();
    await page.getByTestId('review-row').first().waitFor();
    await shot(page, '39-reviews-en');
    await page.getByTestId('nav-approvals').click();
    await page.getByTestId('export-row').first().waitFor();
    await shot(page, '40-approvals-en');
  });
});
