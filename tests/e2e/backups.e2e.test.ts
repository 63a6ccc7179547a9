import { cpSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { FAST_KDF, openDemoDesk, type DemoDesk } from './demoDesk';
import { startHarness, type Harness } from './harness/server';

let desk: DemoDesk;
/** The harness restarted on a damaged copy of the vault (the last test). */
let restarted: Harness | null = null;
let copyDir: string | null = null;
const DAY = 86_400_000;
const RECEPTION = 'e2e-backups-reception';

/** An active member who is not in now, as main's records hold them. */
const memberOutside = () =>
  desk.harness.queryValue<string>(
    `SELECT c.id FROM clients c WHERE c.membership_status = 'active' AND c.pending_job IS NULL
       AND (c.membership_expiry IS NULL OR c.membership_expiry >= date('now'))
       AND NOT EXISTS (SELECT 1 FROM check_ins i WHERE i.client_id = c.id AND i.checked_out_at IS NULL)
     ORDER BY c.card_number LIMIT 1`,
  );

async function checkIn(): Promise<string> {
  const clientId = await memberOutside();
  const r = await desk.harness.dispatch('desk.checkIn', { clientId }, RECEPTION);
  expect(r).toMatchObject({ ok: true });
  return clientId;
}

const openCheckIns = (clientId: string) =>
  desk.harness.queryValue<number>(
    'SELECT count(*) FROM check_ins WHERE client_id = ? AND checked_out_at IS NULL',
    clientId,
  );

beforeAll(async () => {
  desk = await openDemoDesk();
  await desk.page.setViewportSize({ width: 1366, height: 768 });
  const login = await desk.harness.dispatch(
    'auth.login',
    { username: 'wangfang', pin: '1357' },
    RECEPTION,
  );
  expect(login.ok).toBe(true);
  await desk.signIn('zhangwei', '246810');
});

afterAll(async () => {
  if (restarted) {
    await desk.browser.close();
    await restarted.close();
  } else await desk?.close();
  if (copyDir) rmSync(copyDir, { recursive: true, force: true });
});

/** Overwrites page 1 after its salt: the key still unwraps, the file no longer opens. */
function damageVaultFile(dataDir: string): void {
  const fd = openSync(join(dataDir, 'deskbook.db'), 'r+');
  writeSync(fd, Buffer.alloc(4000, 0x5a), 0, 4000, 16);
  closeSync(fd);
  for (const f of ['deskbook.db-wal', 'deskbook.db-shm']) rmSync(join(dataDir, f), { force: true });
}

describe('backups in the demo desk', () => {
  it('shows the seeded backups, then backs up now with a progress bar while a check-in happens', async () => {
    const page = desk.page;
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backups-screen').waitFor();
    await expect.poll(() => page.getByTestId('backup-history-row').count()).toBeGreaterThan(4);
    await page.getByTestId('backup-target-local').getByTestId('backup-last-good').waitFor();
    await shot(page, 'a0-backups-zh');
    const before = await desk.harness.queryValue<number>(
      "SELECT count(*) FROM backup_runs WHERE kind = 'backup' AND outcome = 'ok'",
    );
    await page.getByTestId('backup-now').click();
    await page.getByTestId('job-progress').waitFor();
    // The desk answers a check-in meanwhile (the copy runs on the jobs worker).
    await checkIn();
    await page
      .locator('[data-testid="job-progress"][data-state="done"]')
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() =>
        desk.harness.queryValue<number>(
          "SELECT count(*) FROM backup_runs WHERE kind = 'backup' AND outcome = 'ok'",
        ),
      )
      .toBe(before + 1);
    await expect
      .poll(() => page.getByTestId('backup-history-row').first().getAttribute('data-outcome'))
      .toBe('ok');
    await shot(page, 'a1-backup-done-zh');
  });

  it('restores the backup with the recovery key: what it holds first, then the records are back', async () => {
    const page = desk.page;
    // A check-in after the backup: the restored vault will not have it.
    const late = await checkIn();
    expect(await openCheckIns(late)).toBe(1);
    const clients = await desk.harness.queryValue<number>('SELECT count(*) FROM clients');
    // The newest is the one just made by hand, listed first.
    await expect
      .poll(() => page.getByTestId('restore-option-label').first().textContent())
      .toContain('手动');
    await page.getByTestId('restore-option').first().click();
    await page.getByTestId('restore-key').fill(desk.recoveryKey);
    await page.getByTestId('restore-preview').click();
    const card = page.getByTestId('restore-preview-card');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(`${clients} 位客户`);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'a2-restore-preview-zh');
    await page.getByTestId('restore-confirm').click();
    // Everyone signs in again on the restored vault.
    await page.getByTestId('login-username').waitFor({ timeout: 30_000 });
    await desk.signIn('zhangwei', '246810');
    expect(await desk.harness.queryValue<number>('SELECT count(*) FROM clients')).toBe(clients);
    expect(await openCheckIns(late)).toBe(0);
    expect(
      await desk.harness.queryValue<string>(
        "SELECT outcome FROM audit_log WHERE action = 'vault.restore' ORDER BY seq DESC LIMIT 1",
      ),
    ).toBe('ok');
    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByText('张').count()).toBeGreaterThan(0);
  });

  it('warns admin and supervisor in the shell once the last good backup is two days old', async () => {
    const page = desk.page;
    await page.getByTestId('nav-home').click();
    expect(await page.getByTestId('backup-warning').count()).toBe(0);
    desk.travel(2 * DAY);
    // Two days idle lock the screen; unlocking shows the shell with main's verdict.
    await page.getByTestId('unlock-pin').waitFor({ timeout: 30_000 });
    await page.getByTestId('unlock-pin').fill('246810');
    await page.getByTestId('unlock-submit').click();
    const warning = page.getByTestId('backup-warning');
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.getAttribute('data-warnings')).toContain('stale');
    await expect.poll(() => warning.textContent()).toMatch(/2 天前/);
    await shot(page, 'a3-backup-warning-zh');
    // The supervisor's shell gets the same verdict from main.
    const sup = 'e2e-backups-supervisor';
    await desk.harness.dispatch('auth.login', { username: 'sunli', pin: '791357' }, sup);
    expect(await desk.harness.dispatch('backups.status', undefined, sup)).toMatchObject({
      ok: true,
      data: { warnings: ['stale'] },
    });
    await page.getByText('English').first().click();
    await expect.poll(() => warning.textContent()).toMatch(/2 days old/);
    await shot(page, 'a4-backup-warning-en');
    await page.getByTestId('backup-warning-open').click();
    await page.getByTestId('backups-screen').waitFor();
    await shot(page, 'a5-backups-en');
    await page.getByTestId('restore-option').first().click();
    await page.getByTestId('restore-key').fill(desk.recoveryKey);
    await page.getByTestId('restore-preview').click();
    await page.getByTestId('restore-preview-card').scrollIntoViewIfNeeded();
    await shot(page, 'a6-restore-preview-en');
    await page.getByText('中文').first().click();
  });

  it('a damaged vault at start offers the latest good backup with its age; restored with the recovery key, the desk signs in', async () => {
    const page = desk.page;
    const { harness } = desk;
    // The demo harness removes its own folder on close: keep the vault as the stop left it.
    copyDir = mkdtempSync(join(tmpdir(), 'deskbook-e2e-damaged-'));
    const port = Number(new URL(harness.origin).port);
    // The desk is idle here; the copy's database is damaged below anyway, and the backups
    // and vault.json are whole files.
    cpSync(harness.dataDir, copyDir, { recursive: true });
    await harness.close();
    damageVaultFile(copyDir);
    restarted = await startHarness({
      dataDir: copyDir,
      passphrase: harness.passphrase,
      pinKdf: FAST_KDF,
      port,
      token: harness.token,
    });
    await page.goto(restarted.url);
    await page.getByTestId('vault-problem').waitFor({ timeout: 30_000 });
    const latest = page.getByTestId('restore-option-label').first();
    await expect.poll(() => latest.textContent()).toMatch(/前/);
    await shot(page, 'a7-damaged-start-zh');
    await page.getByTestId('restore-option').first().click();
    await page.getByTestId('restore-key').fill(desk.recoveryKey);
    await page.getByTestId('restore-preview').click();
    const card = page.getByTestId('restore-preview-card');
    await card.waitFor({ timeout: 30_000 });
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'a8-damaged-preview-zh');
    await page.getByText('English').first().click();
    await expect.poll(() => card.textContent()).toMatch(/clients/);
    await shot(page, 'a9-damaged-preview-en');
    await page.getByTestId('restore-confirm').click();
    await page.getByTestId('login-username').waitFor({ timeout: 30_000 });
    await desk.signIn('zhangwei', '246810');
    expect(
      await restarted.queryValue<string>(
        "SELECT outcome FROM audit_log WHERE action = 'vault.restore' ORDER BY seq DESC LIMIT 1",
      ),
    ).toBe('ok');
  });
});
