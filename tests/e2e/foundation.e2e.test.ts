import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, shot, type BrowserSession } from './chromium';
import { startHarness, type Harness } from './harness/server';

const FAST_KDF = { N: 2 ** 10, r: 8, p: 1 };

let harness: Harness;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  harness = await startHarness({ pinKdf: FAST_KDF, tickMs: 200 });
  session = await launch();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  await harness?.close();
});

async function login(username: string, pin: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-pin').fill(pin);
  await page.getByTestId('login-submit').click();
}

async function switchUser() {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-switch-user').click();
  await page.getByTestId('login-username').waitFor();
}

describe('foundation, end to end in Chromium', () => {
  it('first-run setup shows the recovery key once', async () => {
    await page.goto(harness.url);
    await page.getByTestId('setup-site').fill('阳光健身 · 朝阳店');
    await page.getByTestId('setup-name').fill('张伟');
    await page.getByTestId('setup-username').fill('zhangwei');
    await page.getByTestId('setup-pin').fill('246810');
    await page.getByTestId('setup-pin-confirm').fill('246810');
    await shot(page, '01-setup');
    await page.getByTestId('setup-submit').click();
    const key = await page.getByTestId('recovery-key').textContent();
    expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await shot(page, '02-recovery-key');
    await expect(page.getByTestId('recovery-done').isDisabled()).resolves.toBe(true);
    await page.getByTestId('recovery-kept').check();
    await page.getByTestId('recovery-done').click();
    await page.getByTestId('login-username').waitFor();
    await shot(page, '03-login');
  });

  it('five wrong PINs lock the account out, with the wait shown', async () => {
    for (let i = 1; i <= 5; i += 1) {
      await login('zhangwei', '000000');
      // The alert of the previous try is still up: wait for main to have counted this one.
      await expect
        .poll(() =>
          harness.queryValue<number>(
            "SELECT failed_attempts FROM staff WHERE username = 'zhangwei'",
          ),
        )
        .toBeGreaterThanOrEqual(i);
    }
    await expect
      .poll(() => page.getByTestId('error-alert').textContent())
      .toMatch(/PIN 错误次数过多.*30 秒/);
    await expect(page.getByTestId('login-submit').isDisabled()).resolves.toBe(true);
    await shot(page, '04-lockout');
    harness.travel(31_000);
    await page.reload();
    await login('zhangwei', '246810');
    await expect(page.getByTestId('on-duty-name').textContent()).resolves.toBe(
      '张伟 · 店长（管理员）',
    );
    await shot(page, '05-home-admin');
  });

  it('the admin adds a receptionist', async () => {
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('staff-add').click();
    await page.getByTestId('staff-form-name').fill('王芳');
    await page.getByTestId('staff-form-username').fill('wangfang');
    await page.getByTestId('staff-form-pin').fill('1357');
    await shot(page, '06-staff-add');
    await page.getByTestId('staff-form-submit').click();
    await page.getByTestId('staff-row-wangfang').waitFor();
    await page.getByTestId('staff-form-submit').waitFor({ state: 'detached' });
    await expect(page.getByTestId('staff-row-wangfang').textContent()).resolves.toContain('前台');
    await shot(page, '07-staff');
  });

  it('the admin can deactivate and reactivate a colleague', async () => {
    await page.getByTestId('staff-actions-wangfang').click();
    await page.getByRole('menuitem', { name: '停用' }).click();
    await page.getByTestId('staff-deactivate-confirm').click();
    await page.getByTestId('staff-deactivate-confirm').waitFor({ state: 'detached' });
    await expect(page.getByTestId('staff-row-wangfang').textContent()).resolves.toContain('已停用');
    await page.getByTestId('staff-actions-wangfang').click();
    await page.getByRole('menuitem', { name: '重新启用' }).click();
    await page.getByTestId('staff-row-wangfang').getByText('在用').waitFor();
  });

  it('the receptionist signs in, sees only her features, and is refused an admin screen', async () => {
    await switchUser();
    await login('wangfang', '1357');
    await expect(page.getByTestId('on-duty-name').textContent()).resolves.toBe('王芳 · 前台');
    await expect(page.getByTestId('nav-staff').count()).resolves.toBe(0);
    await expect(page.getByTestId('nav-audit').count()).resolves.toBe(0);
    await shot(page, '08-home-receptionist');
    await page.evaluate("window.location.hash = '#/staff'");
    await page.getByTestId('forbidden').waitFor();
    await expect(page.getByTestId('forbidden').textContent()).resolves.toMatch(
      /员工需要以下角色：店长（管理员）。您当前的角色是前台/,
    );
    await shot(page, '09-forbidden');
  });

  it('locks and unlocks', async () => {
    await page.keyboard.press('Control+KeyL');
    await page.getByTestId('unlock-pin').waitFor();
    await expect(page.getByTestId('forbidden').count()).resolves.toBe(0);
    await page.getByTestId('unlock-pin').fill('9999');
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('error-alert').waitFor();
    await shot(page, '10-lock');
    await page.getByTestId('unlock-pin').fill('1357');
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('on-duty-name').waitFor();
  });

  it('the idle lock comes from main and closes the screen', async () => {
    await page.evaluate("window.location.hash = '#/home'");
    harness.travel(6 * 60_000);
    await page.getByTestId('unlock-pin').waitFor({ timeout: 10_000 });
    await page.getByTestId('unlock-pin').fill('1357');
    await page.getByTestId('unlock-submit').click();
    await page.getByTestId('on-duty-name').waitFor();
  });

  it('the admin verifies the audit chain and sees the refusal', async () => {
    await switchUser();
    await login('zhangwei', '246810');
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verify-result').waitFor();
    await expect(page.getByTestId('audit-verify-result').textContent()).resolves.toMatch(
      /日志链完整/,
    );
    await expect(page.getByTestId('audit-table').textContent()).resolves.toContain('被拒绝');
    await shot(page, '11-audit');
    const verify = await harness.dispatch('audit.verify', undefined, 'e2e-check');
    expect(verify.ok).toBe(false); // no session on that client: main refuses
  });

  it('settings, and the same desk in English', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-idle').waitFor();
    await shot(page, '12-settings');
    await page.getByText('English').first().click();
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('staff-table').waitFor();
    await expect(page.getByTestId('staff-table').textContent()).resolves.toContain('Receptionist');
    await shot(page, '13-staff-en');
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await shot(page, '14-audit-en');
    await page.getByTestId('nav-home').click();
    await shot(page, '15-home-en');
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-pin').waitFor();
    await shot(page, '16-lock-en');
  });
});
