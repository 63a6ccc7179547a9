import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { scanCardFromNowhere } from './deskInput';

let desk: DemoDesk;
const ROWS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'deskbook-jobs-'));

/** A 20,000-row member list whose card numbers all start with the prefix. */
function bigSheet(prefix: string): string {
  const file = join(dir, `会员名单-${prefix}.csv`);
  const lines = ['\ufeff姓名,手机,卡号,会籍状态,到期日期'];
  for (let i = 0; i < ROWS; i += 1) {
    const n = String(i).padStart(5, '0');
    lines.push(`导入${prefix}${n},136${String(i).padStart(8, '0')},${prefix}-${n},正常,2027-06-30`);
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

/** Cards of the prefix in the vault, published or not, as main's records hold them. */
const written = (prefix: string) =>
  desk.harness.queryValue<number>(
    'SELECT count(*) FROM clients WHERE card_number LIKE ?',
    `${prefix}-%`,
  );

async function startImport(prefix: string) {
  const page = desk.page;
  await page.getByTestId('nav-clients').click();
  await page.getByTestId('clients-import').click();
  if (await page.getByTestId('import-another').count())
    await page.getByTestId('import-another').first().click();
  await page.getByTestId('import-file-input').setInputFiles(bigSheet(prefix));
  await expect
    .poll(() => page.getByTestId('import-valid-count').getAttribute('data-count'), {
      timeout: 30_000,
    })
    .toBe(String(ROWS));
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-running').waitFor();
}

/** Waits until the import screen's bar says rows are being saved. */
async function untilSaving() {
  await desk.page
    .locator('[data-testid="job-progress"][data-state="running"]')
    .getByText(/正在保存|Saving rows/)
    .waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  desk = await openDemoDesk();
  await desk.page.setViewportSize({ width: 1366, height: 768 });
  await desk.signIn('zhaolei', '6802');
});

afterAll(async () => {
  await desk?.close();
});

describe('long work as jobs', () => {
  it('a 20,000-row import runs as a job with a progress bar while a check-in is done', async () => {
    const page = desk.page;
    await startImport('E2EA');
    await untilSaving();
    await shot(page, '90-import-job-running');
    // Leave the screen: the desk keeps working and the header shows the job.
    await page.getByTestId('nav-desk').click();
    await page.getByTestId('desk-lookup').waitFor();
    await page.getByTestId('jobs-indicator').waitFor();
    await scanCardFromNowhere(page, 'M-1009');
    await page.getByTestId('checkin-panel').waitFor();
    await page.getByTestId('checkin-confirm').click();
    await page.getByTestId('checkin-done-tag').waitFor();
    // The check-in landed while the job had not finished: the indicator still shows it.
    await expect(page.getByTestId('jobs-indicator').count()).resolves.toBe(1);
    await page.getByTestId('jobs-indicator').click();
    await page.getByTestId('jobs-list').getByTestId('job-progress').waitFor();
    await shot(page, '91-jobs-indicator-at-desk');
    await page.keyboard.press('Escape');
    await page.getByTestId('jobs-indicator').waitFor({ state: 'detached', timeout: 90_000 });
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('clients-import').click();
    await expect(
      page.getByTestId('import-imported-count').getAttribute('data-count', { timeout: 30_000 }),
    ).resolves.toBe(String(ROWS));
    await shot(page, '92-import-job-done');
    await expect(written('E2EA')).resolves.toBe(ROWS);
    await expect(
      desk.harness.queryValue('SELECT count(*) FROM clients WHERE pending_job IS NOT NULL'),
    ).resolves.toBe(0);
  }, 180_000);

  it('cancelling the import leaves nothing', async () => {
    const page = desk.page;
    await startImport('E2EB');
    await untilSaving();
    await expect.poll(() => written('E2EB')).toBeGreaterThan(0);
    await page.getByTestId('import-running').getByTestId('job-cancel').click();
    await page.getByTestId('import-error').waitFor({ timeout: 60_000 });
    await shot(page, '93-import-job-cancelled');
    await expect(written('E2EB')).resolves.toBe(0);
  }, 120_000);

  it('an import that fails half-way (a card taken at another window) leaves nothing', async () => {
    const page = desk.page;
    await startImport('E2EC');
    await untilSaving();
    const other = 'second-window';
    await desk.harness.dispatch('auth.login', { username: 'wangfang', pin: '1357' }, other);
    const taken = await desk.harness.dispatch(
      'clients.create',
      { kind: 'person', name: '抢号客户', cardNumber: `E2EC-${String(ROWS - 1).padStart(5, '0')}` },
      other,
    );
    expect(taken.ok).toBe(true);
    await page.getByTestId('import-error').waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('import-error').textContent()).resolves.toContain('卡号');
    await shot(page, '94-import-job-failed');
    await expect(written('E2EC')).resolves.toBe(1);
  }, 150_000);

  it('the running job in English', async () => {
    const page = desk.page;
    await page.getByText('English').first().click();
    await startImport('E2ED');
    await untilSaving();
    await shot(page, '95-import-job-running-en');
    await page.getByTestId('nav-desk').click();
    await page.getByTestId('jobs-indicator').click();
    await page.getByTestId('jobs-list').waitFor();
    await shot(page, '96-jobs-indicator-en');
    await page.keyboard.press('Escape');
    await page.getByTestId('jobs-indicator').waitFor({ state: 'detached', timeout: 90_000 });
  }, 150_000);
});
