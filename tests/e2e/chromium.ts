import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chooseChromium, type ChromiumProbe } from './chromiumSource';

/** What exists on this machine, for chooseChromium. */
export function chromiumProbe(): ChromiumProbe {
  let playwrightPath: string | undefined;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined; // no build of playwright's Chromium for this OS
  }
  return {
    envPath: process.env.CHROMIUM_PATH,
    exists: existsSync,
    playwrightPath,
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync('/etc/debian_version'),
  };
}

/** The Chromium `npm test` made sure of (tests/e2e/ensureChromium.ts runs before vitest). */
export function findChromium(): string {
  const choice = chooseChromium(chromiumProbe());
  if (choice.kind === 'found') return choice.path;
  if (choice.kind === 'missingEnvPath')
    throw new Error(`CHROMIUM_PATH is set to ${choice.path}, but no file is there.`);
  throw new Error(
    'No Chromium found for the end-to-end tests. `npm test` installs one; or run ' +
      '"npx tsx tests/e2e/ensureChromium.ts", or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * Headless, with every background network feature off: CI machines have no internet.
 * `extraArgs` for one test's needs (a fake webcam, say).
 */
export async function launch(extraArgs: string[] = []): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--metrics-recording-only',
      ...extraArgs,
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  return {
    browser,
    page,
    async close() {
      await browser.close();
    },
  };
}

export const SCREENSHOT_DIR = resolve(__dirname, 'screenshots');

/** Scrolls to each table's end while one still has rows to draw (at most a second). */
const SCROLL_THROUGH = `new Promise((done) => {
  let tries = 20;
  const step = () => {
    const rest = document.querySelector('[data-testid="rows-rest"]');
    if (!rest || tries-- === 0) return done();
    rest.scrollIntoView();
    setTimeout(step, 50);
  };
  step();
})`;

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Long tables draw their rows as they scroll into view (issue 11): scroll through once, so
  // the shot holds every row, as a person who scrolls down sees them.
  await page.evaluate(SCROLL_THROUGH);
  // A full-page shot of a scrolled page draws the fixed header in the middle of it.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
