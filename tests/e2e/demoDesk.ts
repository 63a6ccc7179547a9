import type { Page } from 'playwright-core';
import { launch, type BrowserSession } from './chromium';
import { seedDemo, type DemoOptions } from './harness/demo';
import { startHarness, type Harness } from './harness/server';

export const FAST_KDF = { N: 2 ** 10, r: 8, p: 1 };

export interface DemoDesk {
  harness: Harness;
  browser: BrowserSession;
  page: Page;
  /** The demo vault's recovery key (the app shows it once, at setup). */
  recoveryKey: string;
  /** Signs in at the login screen, or switches user first when someone is signed in. */
  signIn(username: string, pin: string): Promise<void>;
  /** Moves main's clock (the renderer keeps its own). */
  travel(ms: number): void;
  close(): Promise<void>;
}

/** The demo desk of `npm run harness` in headless Chromium, on its own temp vault. */
export async function openDemoDesk(
  options: DemoOptions = {},
  chromiumArgs: string[] = [],
): Promise<DemoDesk> {
  let recoveryKey = '';
  const harness = await startHarness({
    pinKdf: FAST_KDF,
    seed: (core, time) => {
      recoveryKey = seedDemo(core, time, options);
    },
  });
  const browser = await launch(chromiumArgs);
  const page = browser.page;
  await page.goto(harness.url);
  return {
    harness,
    browser,
    page,
    recoveryKey,
    travel: (ms) => harness.travel(ms),
    async signIn(username, pin) {
      if (await page.getByTestId('user-menu').count()) {
        await page.getByTestId('user-menu').click();
        await page.getByTestId('menu-switch-user').click();
      }
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-pin').fill(pin);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('on-duty-name').waitFor();
    },
    async close() {
      await browser.close();
      await harness.close();
    },
  };
}
