import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoverView } from '../../shared/contract/handoverViews';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { scanCardFromNowhere } from './deskInput';
import { pdfText } from './pdfText';

let desk: DemoDesk;
let page: Page;
/** A second window: the incoming colleague and the supervisor sign in there, in their own session. */
let other: Page;

const MINUTE = 60_000;
const state: { shiftId?: string; handoverUrl?: string; handoverId?: string } = {};

beforeAll(async () => {
  desk = await openDemoDesk({ currentShift: false });
  page = desk.page;
  const context = await desk.browser.browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
  });
  other = await context.newPage();
});

afterAll(async () => {
  await desk?.close();
});

/** Reads main's own record of a thing, as a supervisor, to compare with what the screen shows. */
async function asSupervisor<T>(channel: 'handover.get', input: { handoverId: string }): Promise<T> {
  const client = 'e2e-check';
  await desk.harness.dispatch('auth.login', { username: 'sunli', pin: '791357' }, client);
  const r = await desk.harness.dispatch(channel, input, client);
  if (!r.ok) throw new Error(r.error.message);
  return r.data as T;
}

function count(sql: string, ...params: unknown[]): Promise<number> {
  return desk.harness.queryValue<number>(sql, ...params);
}

/** Active members who are not on site, for the scanner. */
async function freeCards(n: number): Promise<string[]> {
  const rows = await desk.harness.queryAll<{ card_number: string }>(
    `SELECT c.card_number FROM clients c
       WHERE c.membership_status = 'active' AND c.card_number LIKE 'M-%'
         AND (c.membership_expiry IS NULL OR c.membership_expiry >= date('now', 'localtime'))
         AND NOT EXISTS (SELECT 1 FROM check_ins i WHERE i.client_id = c.id AND i.checked_out_at IS NULL)
         AND NOT EXISTS (SELECT 1 FROM block_list b WHERE b.active = 1 AND b.name = c.name)
       ORDER BY c.card_number LIMIT ?`,
    n,
  );
  return rows.map((r) => r.card_number);
}

/** A scanner reads the card wherever the focus is: none, here. */
const scan = (code: string) => scanCardFromNowhere(page, code);

async function signInOther(username: string, pin: string) {
  if (await other.getByTestId('user-menu').count()) {
    await other.getByTestId('user-menu').click();
    await other.getByTestId('menu-switch-user').click();
  }
  await other.getByTestId('login-username').fill(username);
  await other.getByTestId('login-pin').fill(pin);
  await other.getByTestId('login-submit').click();
  await other.getByTestId('on-duty-name').waitFor();
}

describe('a shift from opening to the supervisor’s review, end to end', () => {
  it('opens a shift with its checklist and acknowledges the last handover and the notes', async () => {
    await desk.signIn('wangfang', '1357');
    await page.getByTestId('nav-shift').click();
    await page.getByTestId('shift-open-card').waitFor();
    await shot(page, '70-shift-closed');
    await page.getByTestId('shift-open-submit').click();
    await page.getByTestId('shift-start').waitFor();
    await expect(page.getByTestId('shift-start').isDisabled()).resolves.toBe(true);
    const boxes = page.locator('[data-testid="shift-checklist-opening"] input[type=checkbox]');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(0);
    for (let i = 0; i < total; i += 1) {
      await boxes.nth(i).click();
      await expect.poll(() => boxes.nth(i).isChecked()).toBe(true);
    }
    // Yesterday's handover and the supervisor's note for the next shift must be read.
    await expect.poll(() => page.getByTestId('shift-ack-read').count()).toBeGreaterThanOrEqual(2);
    await shot(page, '71-shift-opening');
    while ((await page.getByTestId('shift-ack-read').count()) > 0) {
      const before = await page.getByTestId('shift-ack-read').count();
      await page.getByTestId('shift-ack-read').first().click();
      await expect.poll(() => page.getByTestId('shift-ack-read').count()).toBeLessThan(before);
    }
    await page.getByTestId('shift-start').click();
    await page.getByTestId('shift-log-form').waitFor();
    const [shift] = await desk.harness.queryAll<{ id: string; status: string }>(
      "SELECT id, status FROM shifts WHERE status IN ('opening','open')",
    );
    if (!shift) throw new Error('no shift at work');
    expect(shift.status).toBe('open');
    state.shiftId = shift.id;
  });

  it('works the desk: two members in, a drink paid in cash, one out, a card sold, a visitor', async () => {
    const [first, second] = await freeCards(2);
    await page.getByTestId('nav-desk').click();
    await page.getByTestId('desk-lookup').waitFor();
    desk.travel(2 * MINUTE);
    for (const card of [first!, second!]) {
      await scan(card);
      await page.getByTestId('checkin-panel').waitFor();
      await page.getByTestId('checkin-confirm').click();
      await page.getByTestId('checkin-done-tag').waitFor();
    }
    const tags = (await page
      .locator('[data-testid^="tag-tile-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(9)))) as string[];
    const inFirst = await desk.harness.queryValue<string>(
      `SELECT i.tag_number FROM check_ins i JOIN clients c ON c.id = i.client_id
       WHERE c.card_number = ? AND i.checked_out_at IS NULL`,
      first,
    );
    expect(tags).toContain(inFirst);
    await page.getByTestId(`tag-tile-${inFirst}`).click();
    await page.getByTestId('charge-item-select').click();
    await page.getByRole('option', { name: /运动饮料/ }).click();
    await page.getByTestId('charge-add').click();
    await page.getByTestId('charge-item').first().waitFor();
    await page.getByTestId('settle-submit').click();
    await page.getByTestId('checkout-submit').click();
    await expect.poll(() => page.getByTestId(`tag-tile-${inFirst}`).count()).toBe(0);

    await page.getByTestId('cardsale-open').click();
    await page.getByTestId('cardsale-type').fill('季卡');
    await page.getByTestId('cardsale-submit').click();
    await page.getByTestId('cardsale-modal').waitFor({ state: 'hidden' });

    await page.getByTestId('visitor-new').click();
    await page.getByTestId('visitor-name').fill('程雨');
    await page.getByTestId('visitor-phone').fill('13600998877');
    await page.getByTestId('visitor-submit').click();
    await page.getByTestId('visitor-row').filter({ hasText: '程雨' }).waitFor();
    await shot(page, '72-desk-during-shift');
  });

  it('logs an entry with a follow-up and ticks the closing checklist', async () => {
    desk.travel(3 * MINUTE);
    await page.getByTestId('nav-shift').click();
    await page.getByTestId('shift-log-form').waitFor();
    await page.getByTestId('shift-log-category').getByText('维修损坏').click();
    await page
      .getByTestId('shift-log-body')
      .fill('女更衣室 5 号淋浴喷头漏水，已挂“暂停使用”牌，报工程部。');
    await page.getByTestId('shift-log-followup').click();
    await page.getByTestId('shift-log-due-end').click();
    await page.getByTestId('shift-log-add').click();
    await page.getByTestId('shift-entry').filter({ hasText: '5 号淋浴喷头' }).waitFor();
    await expect(
      page
        .getByTestId('shift-entry')
        .filter({ hasText: '5 号淋浴喷头' })
        .getByTestId('shift-followup')
        .count(),
    ).resolves.toBe(1);
    const boxes = page.locator('[data-testid="shift-checklist-closing"] input[type=checkbox]');
    for (let i = 0; i < (await boxes.count()); i += 1) {
      await boxes.nth(i).click();
      await expect.poll(() => boxes.nth(i).isChecked()).toBe(true);
    }
    await shot(page, '73-shift-log');
  });

  it('prepares the handover, whose figures are the records of this shift', async () => {
    await page.getByTestId('shift-prepare').click();
    await page.getByTestId('handover-screen').waitFor();
    state.handoverUrl = page.url();
    state.handoverId = decodeURIComponent(state.handoverUrl.split('/').pop()!);
    const opened = await count('SELECT opened_at FROM shifts WHERE id = ?', state.shiftId);
    const entries = await count('SELECT count(*) FROM check_ins WHERE checked_in_at >= ?', opened);
    const visitors = await count('SELECT count(*) FROM visitors WHERE registered_at >= ?', opened);
    const cards = await count(
      'SELECT coalesce(sum(count), 0) FROM card_sales WHERE sold_at >= ?',
      opened,
    );
    const cash = await count(
      `SELECT coalesce(sum(total_cents), 0) FROM tag_charges
       WHERE settled_at >= ? AND method = 'cash' AND voided_at IS NULL`,
      opened,
    );
    expect([entries, visitors, cards]).toEqual([2, 1, 1]);
    expect(cash).toBeGreaterThan(0);
    await expect(page.getByTestId('fig-entries-total').textContent()).resolves.toBe(
      String(entries),
    );
    await expect(page.getByTestId('fig-visitors').textContent()).resolves.toContain(
      String(visitors),
    );
    await expect(page.getByTestId('fig-cards-total').textContent()).resolves.toContain(
      String(cards),
    );
    await expect(page.getByTestId('cash-takings').textContent()).resolves.toContain(
      (cash / 100).toFixed(2),
    );
    // Signing is refused until what only people know is filled in.
    expect(await page.getByTestId('blocker').count()).toBeGreaterThan(0);
    await shot(page, '74-handover-draft');

    await page.getByTestId('coaches-female').fill('2');
    await page.getByTestId('coaches-male').fill('3');
    await page.getByTestId('coaches-male').blur();
    for (const note of await page.locator('[data-testid^="tag-note-"]').all()) {
      await note.fill('会员仍在训练，预计 21:00 前离场');
      await note.blur();
    }
    await page.getByTestId('cash-mode').getByText('只填总额').click();
    const expected = (await page.getByTestId('cash-expected').textContent())!.replace(
      /[^\d.]/g,
      '',
    );
    await page.getByTestId('cash-counted-input').fill(expected);
    await page.getByTestId('cash-counted-input').blur();
    await page
      .getByTestId('summary-input')
      .fill('客流平稳。5 号淋浴喷头漏水已报修，请下一班跟进。现金票款相符。');
    await page.getByTestId('summary-input').blur();
    await page.getByTestId('blockers-ready').waitFor();
    await shot(page, '75-handover-ready');
  });

  it('is signed by the outgoing receptionist with her PIN', async () => {
    await page.getByTestId('sign-outgoing').click();
    await page.getByTestId('sign-outgoing-modal-pin').fill('1357');
    await page.getByTestId('sign-outgoing-modal-submit').click();
    await page.getByTestId('waiting-incoming').waitFor();
    await shot(page, '76-handover-awaiting');
    const view = await asSupervisor<HandoverView>('handover.get', {
      handoverId: state.handoverId!,
    });
    expect(view.status).toBe('awaitingIncoming');
    expect(view.auditFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  });

  it('is received by the incoming colleague in her own session, section by section', async () => {
    await other.goto(desk.harness.url);
    await signInOther('lina', '2468');
    await other.goto(state.handoverUrl!);
    await other.getByTestId('incoming-panel').waitFor();
    for (const s of ['figures', 'openItems', 'anomalies', 'cash', 'summary'])
      await other.getByTestId(`check-confirm-${s}`).click();
    await shot(other, '77-handover-incoming');
    await other.getByTestId('sign-incoming').click();
    await other.getByTestId('sign-incoming-modal-pin').fill('2468');
    await other.getByTestId('sign-incoming-modal-submit').click();
    await other.locator('[data-testid="handover-screen"][data-status="signed"]').waitFor();
    await shot(other, '78-handover-signed');
  });

  it('is accepted by the supervisor on the board', async () => {
    await signInOther('sunli', '791357');
    await other.getByTestId('nav-handovers').click();
    await other.getByTestId('board-screen').waitFor();
    const row = other
      .getByTestId('board-row')
      .filter({ hasText: '王芳' })
      .filter({ hasText: '李娜' });
    await row.last().getByTestId('board-accept').click();
    await other.getByTestId('review-note').fill('已核对，票款相符。淋浴维修请工程部明日完成。');
    await other.getByTestId('review-submit').click();
    await expect
      .poll(
        async () =>
          (await asSupervisor<HandoverView>('handover.get', { handoverId: state.handoverId! }))
            .status,
      )
      .toBe('accepted');
    await shot(other, '79-board');
  });

  it('prints to a PDF that carries the figures, both signatures and the audit fingerprint', async () => {
    const view = await asSupervisor<HandoverView>('handover.get', {
      handoverId: state.handoverId!,
    });
    await other.goto(state.handoverUrl!.replace('#/handover/', '#/print/handover%3A'));
    await other.getByTestId('print-fingerprint').waitFor();
    await shot(other, '80-print');
    const text = await pdfText(await other.pdf({ format: 'A4', printBackground: true }));
    expect(text).toContain(view.auditFingerprint!);
    expect(text).toContain('王芳');
    expect(text).toContain('李娜');
    expect(text).toContain('5 号淋浴喷头');
    expect(text).toContain(view.content.summary!.slice(0, 10));
    expect(text).toMatch(/交接/);
  });
});
