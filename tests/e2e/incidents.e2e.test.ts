/* eslint-disable @typescript-eslint/no-explicit-any -- the harness answers untyped */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { pdfText } from './pdfText';

let desk: DemoDesk;
let page: Page;
const state: { id?: string; number?: string } = {};

beforeAll(async () => {
  desk = await openDemoDesk();
  page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await desk?.close();
});

type Call = (channel: string, input?: unknown) => Promise<any>;

/**
 * The demo opens today's shift only when the harness starts after its opening time: make
 * sure one is at work, as the desk would have it, so the report goes into its log.
 */
async function ensureShiftAtWork() {
  const client = 'e2e-incident-shift';
  const call: Call = async (channel, input) => {
    const r = await desk.harness.dispatch(channel as never, input as never, client);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data;
  };
  await call('auth.login', { username: 'lina', pin: '2468' });
  const current = await call('shifts.current');
  if (current.shift) return;
  const templateId = current.suggestedTemplateId ?? current.templates[0].id;
  let shift = await call('shifts.open', { templateId, openingFloatCents: 50_000 });
  for (const c of shift.checks.filter((x: { phase: string }) => x.phase === 'opening'))
    shift = await call('shifts.check', { shiftId: shift.id, itemId: c.itemId, done: true });
  for (const a of shift.acks)
    shift = await call('shifts.acknowledge', { shiftId: shift.id, kind: a.kind, refId: a.refId });
  await call('shifts.start', { shiftId: shift.id });
  await call('auth.logout');
}

const focused = () =>
  page.evaluate("document.activeElement?.getAttribute('data-testid')") as Promise<string | null>;

/** Tab on until the field is focused: how someone at the desk moves through the form. */
async function tabTo(testId: string) {
  for (let i = 0; i < 30 && (await focused()) !== testId; i += 1) await page.keyboard.press('Tab');
  expect(await focused()).toBe(testId);
}

async function typeInto(testId: string, text: string) {
  await tabTo(testId);
  await page.keyboard.type(text);
}

/** Draws a name on the pad with the mouse: two looping strokes and an underline. */
async function drawSignature() {
  const box = (await page.locator('[data-testid="incident-sign-modal"] canvas').boundingBox())!;
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  const strokes: ((s: number) => [number, number])[] = [
    (s) => [0.12 + s * 0.3 + Math.sin(s * 18) * 0.03, 0.5 + Math.cos(s * 18) * 0.18 - s * 0.1],
    (s) => [0.46 + s * 0.34 + Math.sin(s * 14) * 0.025, 0.48 + Math.cos(s * 14) * 0.16],
    (s) => [0.14 + s * 0.7, 0.78 - Math.sin(s * Math.PI) * 0.06],
  ];
  for (const f of strokes) {
    await page.mouse.move(...at(...f(0)));
    await page.mouse.down();
    for (let i = 1; i <= 60; i += 1) await page.mouse.move(...at(...f(i / 60)));
    await page.mouse.up();
  }
}

/** Toasts fade on their own; a screenshot is taken without them. */
async function closeToasts() {
  for (const b of await page.locator('.mantine-Notification-closeButton').all())
    await b.click().catch(() => undefined);
  await expect.poll(() => page.locator('.mantine-Notification-root').count()).toBe(0);
}

describe('an injury reported at the desk, signed on screen and printed as PDF', () => {
  it('records the report with the keyboard alone, marking the fields main refused', async () => {
    await ensureShiftAtWork();
    await desk.signIn('lina', '2468');
    await page.getByTestId('nav-incidents').click();
    await page.getByTestId('incident-list').waitFor();
    await page.getByTestId('incident-new').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('incident-member-search').waitFor();
    expect(await focused()).toBe('incident-member-search');
    await page.keyboard.type('李娟');
    await page.getByTestId('incident-member-result').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('incident-member-chosen').waitFor();
    await expect.poll(focused).toBe('incident-kind');
    // Enter with the place and what happened still empty: main names both, both are marked.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('incident-place').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await page.getByTestId('incident-whatHappened').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await typeInto('incident-place', '动感单车教室');
    await typeInto('incident-whatHappened', '下课时从单车上下来，左脚踝扭伤，不能着地。');
    await typeInto('incident-injury', '左脚踝扭伤，明显肿胀');
    await typeInto('incident-firstAid', '教练冰敷、弹力绷带固定');
    await tabTo('incident-hospitalEscort');
    await page.keyboard.press('Space');
    await typeInto('incident-hospital', '朝阳区第二医院');
    await typeInto('incident-witnesses', '团课教练黄敏');
    await typeInto('incident-costsCents', '180');
    await shot(page, 'i1-form-zh');
    await page.keyboard.press('Enter');
    await page.getByTestId('incident-screen').waitFor();
    state.number = await page.getByTestId('incident-number').innerText();
    expect(state.number).toMatch(/^SJ-\d{8}-\d{2}$/);
    state.id = decodeURIComponent(page.url().split('#/incident/')[1]!);
    // In the shift at work: an incident entry of its log, linked from the report.
    const linked = await desk.harness.queryValue<number>(
      `SELECT count(*) FROM incidents i JOIN log_entries e ON e.id = i.log_entry_id
       WHERE i.id = ? AND e.category = 'incident'`,
      state.id,
    );
    expect(linked).toBe(1);
  });

  it('takes the member’s signature drawn with the mouse', async () => {
    await page.getByTestId('incident-sign').click();
    await page.getByTestId('incident-signer').waitFor();
    expect(await page.getByTestId('incident-signer').inputValue()).toBe('李娟');
    await drawSignature();
    await page.getByTestId('incident-sign-submit').click();
    await expect.poll(() => page.getByTestId('incident-state').innerText()).toBe('已签字');
    await page.getByTestId('incident-signed-by').waitFor();
    await page.getByTestId('incident-followup-add').click();
    await page.getByTestId('incident-followup').waitFor();
    await closeToasts();
    await shot(page, 'i2-signed-zh');
    const signed = await desk.harness.queryValue<number>(
      'SELECT length(signature) FROM incidents WHERE id = ?',
      state.id,
    );
    expect(signed).toBeGreaterThan(400);
  });

  it('prints the report for management and saves it as a PDF with its text', async () => {
    await page.getByTestId('incident-print').click();
    await page.locator('[data-testid="incident-print-sheet"][data-ready]').waitFor();
    await shot(page, 'i3-print-zh');
    const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(text).toContain(state.number!);
    expect(text).toContain('李娟');
    expect(text).toContain('左脚踝扭伤');
    expect(text).toContain('李娟 签字于');
    expect(text).toContain('突发事件报告');
    await page.getByTestId('iprint-back').click();
    await page.getByTestId('incident-screen').waitFor();
  });

  it('shows the incidents in the shift handover’s anomalies and figures', async () => {
    await page.getByTestId('nav-shift').click();
    await page.getByTestId('shift-prepare').click();
    await page.getByTestId('fig-incidents').waitFor();
    const anomalies = await page.getByTestId('anomaly-incident').allInnerTexts();
    expect(anomalies.some((a) => a.includes(state.number!))).toBe(true);
    await shot(page, 'i4-handover-zh');
  });
});

describe('the incident screens in both languages at 1366×768', () => {
  for (const [lang, label] of [
    ['zh', '中文'],
    ['en', 'English'],
  ] as const) {
    it(`${lang}: list, form, signed report and print view`, async () => {
      await page.getByText(label, { exact: true }).first().click();
      await page.getByTestId('nav-incidents').click();
      await page.getByTestId('incident-row').nth(1).waitFor();
      await shot(page, `i5-list-${lang}`);
      await page.getByTestId('incident-new').click();
      await page.getByTestId('incident-member-search').waitFor();
      await expect.poll(focused).toBe('incident-member-search');
      // The modal fades in: the shot waits for it.
      await page.waitForTimeout(400);
      await shot(page, `i6-form-${lang}`);
      await page.keyboard.press('Escape');
      // The demo's report: signed, settled, with a call on tomorrow's list.
      await page.getByTestId('incident-row').filter({ hasText: '张三' }).click();
      await page.getByTestId('incident-signed-by').waitFor();
      await shot(page, `i7-detail-${lang}`);
      await page.getByTestId('incident-print').click();
      await page.locator('[data-testid="incident-print-sheet"][data-ready]').waitFor();
      await shot(page, `i8-print-${lang}`);
      await page.getByTestId('iprint-back').click();
      await page.getByTestId('incident-screen').waitFor();
    });
  }
});
