import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { pdfText } from './pdfText';

/** Chromium's own test camera (a moving picture), granted without asking. */
const FAKE_CAMERA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk({}, FAKE_CAMERA);
  page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await desk?.close();
});

const focused = () =>
  page.evaluate(
    `document.activeElement && document.activeElement.getAttribute('data-testid') || ''`,
  ) as Promise<string>;

/** Keeps each stream the page gets from the camera, to see its tracks end (test only). */
const WATCH_STREAMS = `(() => {
  window.__streams = [];
  const md = navigator.mediaDevices;
  if (md.__watched) return;
  const real = md.getUserMedia.bind(md);
  md.getUserMedia = async (c) => { const s = await real(c); window.__streams.push(s); return s; };
  md.__watched = true;
})()`;
const STREAM_STATES = `window.__streams.flatMap((s) => s.getTracks().map((t) => t.kind + ':' + t.readyState))`;

/** Elements (by CSS selector) whose text is wider than their box, or that leave the window. */
async function cutOff(selector: string): Promise<string[]> {
  return page.evaluate(`(() => {
    const bad = [];
    for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
      const r = el.getBoundingClientRect();
      // A glyph's ink may pass its line box by a pixel or two; a cut word is more.
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 3)
        bad.push('cut:' + el.textContent);
      if (r.right > window.innerWidth || r.bottom > window.innerHeight)
        bad.push('outside:' + el.textContent);
    }
    return bad;
  })()`);
}

const CAMERA_TEXT =
  '[data-testid="camera-body"] button, [data-testid="camera-body"] .mantine-Button-label, ' +
  '[data-testid="camera-hint"]';

/** Lookup by card, Enter; Shift+Tab back to Take photo; Enter, Space, Enter: keyboard only. */
async function photoAtCheckIn(card: string, name: string, lang: string) {
  await page.getByTestId('nav-desk').click();
  await page.getByTestId('desk-lookup').focus();
  await page.keyboard.type(card, { delay: 60 });
  await page.keyboard.press('Enter');
  await page.getByTestId('checkin-panel').getByText(name).first().waitFor();
  await expect.poll(focused).toBe('checkin-tag');
  expect(await page.getByTestId('member-photo-none').count()).toBe(1);
  let before = 'checkin-tag';
  for (let i = 0; i < 12 && (await focused()) !== 'member-photo-take'; i++) {
    before = await focused();
    await page.keyboard.press('Shift+Tab');
  }
  expect(await focused()).toBe('member-photo-take');

  await page.evaluate(WATCH_STREAMS);
  await page.keyboard.press('Enter');
  const body = page.getByTestId('camera-body');
  await expect.poll(() => body.getAttribute('data-phase'), { timeout: 10_000 }).toBe('live');
  await expect.poll(focused).toBe('camera-capture');
  // The fake camera's frames are playing in the preview (the CSP lets a MediaStream in).
  await expect
    .poll(() => page.evaluate(`document.querySelector('[data-testid="camera-video"]').videoWidth`))
    .toBeGreaterThan(0);
  expect(await cutOff(CAMERA_TEXT)).toEqual([]);
  await shot(page, `p1-camera-${lang}`);
  await page.keyboard.press('Space');
  await expect.poll(() => body.getAttribute('data-phase')).toBe('taken');
  await expect.poll(focused).toBe('camera-save');
  expect(await cutOff(CAMERA_TEXT)).toEqual([]);
  await shot(page, `p2-camera-taken-${lang}`);
  await page.keyboard.press('Enter');

  const photo = page.getByTestId('member-photo');
  await photo.waitFor();
  expect(await photo.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
  await expect.poll(focused).toBe(before);
  // The camera is off once the dialog has closed: every track it was given has ended.
  expect(await page.evaluate(STREAM_STATES)).toEqual(['video:ended']);
  await expect.poll(() => page.getByTestId('camera-video').count()).toBe(0);
  const mime = await desk.harness.queryValue<string>(
    'SELECT photo_mime FROM clients WHERE card_number = ?',
    card,
  );
  const bytes = await desk.harness.queryValue<number>(
    'SELECT length(photo) FROM clients WHERE card_number = ?',
    card,
  );
  expect(mime).toBe('image/jpeg');
  expect(bytes).toBeGreaterThan(2_000);
  expect(await cutOff('[data-testid="client-card"] h3')).toEqual([]);
  await shot(page, `p3-card-photo-${lang}`);
  // Not checked in: the panel is closed from the tag box.
  await page.getByTestId('checkin-tag').focus();
  await page.keyboard.press('Escape');
}

async function pdfPage(bytes: Uint8Array): Promise<{ pages: number; w: number; h: number }> {
  // A copy: pdf.js takes over (detaches) the buffer it is given.
  const data = Uint8Array.from(bytes);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const [, , w, h] = (await doc.getPage(1)).view as number[];
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, w: w!, h: h! };
}

/** From the waiting visitor's row to the badge: what main says, on one CR80 card. */
async function badgeOf(visitor: string, lang: string, words: RegExp) {
  await page.getByTestId('nav-desk').click();
  const row = page.getByTestId('visitor-row').filter({ hasText: visitor });
  const host = await row.getAttribute('data-consultant');
  await row.getByTestId('visitor-badge').click();
  await page.locator('[data-testid="badge-screen"][data-ready]').waitFor();
  expect(await page.getByTestId('badge-name').innerText()).toBe(visitor);
  expect(await page.getByTestId('badge-host').innerText()).toBe(host);
  expect(await page.getByTestId('badge-site').innerText()).toBe('阳光健身 · 朝阳店');
  expect(await page.getByTestId('badge-number').innerText()).toMatch(words);
  await shot(page, `p4-badge-${lang}`);
  expect(await cutOff('.vb-card, .vb-value, .vb-site, .vb-name, .vb-note')).toEqual([]);
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  const size = await pdfPage(pdf);
  // 86 × 54 mm in points, one page: the toolbar stays off paper.
  expect(size.pages).toBe(1);
  expect(Math.round(size.w)).toBe(244);
  expect(Math.round(size.h)).toBe(153);
  const text = await pdfText(Uint8Array.from(pdf));
  expect(text).toContain(visitor);
  expect(text).toContain(host!);
  await page.getByTestId('badge-back').click();
  await page.getByTestId('desk-lookup').waitFor();
}

/** F4, a name, Enter: the notice names the consultant and offers the badge at once. */
async function registerAndPrint(visitor: string, lang: string) {
  await page.getByTestId('nav-desk').click();
  await page.getByTestId('desk-lookup').waitFor();
  await page.keyboard.press('F4');
  // The modal hands the name box the focus once it opens; keys before that go elsewhere.
  await expect.poll(focused).toBe('visitor-name');
  await page.keyboard.type(visitor, { delay: 40 });
  await page.keyboard.press('Enter');
  const notice = page.getByTestId('visitor-registered');
  await notice.waitFor();
  await page.getByTestId('visitor-name').waitFor({ state: 'detached' });
  expect(await cutOff('[data-testid="visitor-badge-registered"] .mantine-Button-label')).toEqual(
    [],
  );
  await shot(page, `p6-visitor-registered-${lang}`);
  await notice.getByTestId('visitor-badge-registered').click();
  await page.locator('[data-testid="badge-screen"][data-ready]').waitFor();
  expect(await page.getByTestId('badge-name').innerText()).toBe(visitor);
  await page.getByTestId('badge-back').click();
  await page.getByTestId('desk-lookup').waitFor();
}

describe('photo at check-in and the visitor badge, 1366×768', () => {
  it('zh-CN: 吴敏 photographed with the keyboard; 冯远’s badge', async () => {
    await desk.signIn('wangfang', '1357');
    await photoAtCheckIn('M-1009', '吴敏', 'zh');
    // A demo member photographed before: the seed's portrait on the card.
    await page.getByTestId('desk-lookup').focus();
    await page.keyboard.type('VIP-0001', { delay: 60 });
    await page.keyboard.press('Enter');
    const seeded = page.getByTestId('member-photo');
    await seeded.waitFor();
    expect(await seeded.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await shot(page, 'p5-card-demo-photo-zh');
    await page.keyboard.press('Escape');
    await badgeOf('冯远', 'zh', /^第 \d+ 号$/);
    await registerAndPrint('蒋小姐', 'zh');
  });

  it('en: the same for 林峰, and the badge in English', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-switch-user').click();
    await page.getByText('English', { exact: true }).click();
    await desk.signIn('wangfang', '1357');
    await photoAtCheckIn('M-1017', '林峰', 'en');
    await badgeOf('冯远', 'en', /^No\. \d+$/);
    await registerAndPrint('Ms Jiang', 'en');
  });
});
