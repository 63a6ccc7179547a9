import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A wedge scanner's keys are this far apart, stamped at the device. */
const SCANNER_KEY_GAP_S = 0.002;

/**
 * A barcode scanner reading `code`: keys stamped 2 ms apart and an Enter, wherever the
 * focus is. The stamps travel with each key (CDP's `timestamp`), so a busy test machine
 * that delivers them late still shows the page a scanner's burst, as real hardware does.
 */
export async function scanCard(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const start = Date.now() / 1000;
    const keys = [...code].map((c) => ({ key: c, text: c, code: '' }));
    keys.push({ key: 'Enter', text: '\r', code: 'Enter' });
    for (const [i, k] of keys.entries()) {
      const timestamp = start + i * SCANNER_KEY_GAP_S;
      const enter = k.key === 'Enter' ? { windowsVirtualKeyCode: 13, code: 'Enter' } : {};
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key: k.key,
        text: k.text,
        timestamp,
        ...enter,
      });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        key: k.key,
        timestamp: timestamp + 0.001,
        ...enter,
      });
    }
  } finally {
    await cdp.detach();
  }
}

/** Clicks an empty spot of the page first: the scan comes with no field focused. */
export async function scanCardFromNowhere(page: Page, code: string): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await scanCard(page, code);
}

/** Where the element sits once its opening transition (a modal's) has settled. */
async function settledBox(page: Page, testId: string) {
  const el = page.getByTestId(testId);
  await el.waitFor();
  let last = '';
  for (;;) {
    const box = await el.boundingBox();
    const now = JSON.stringify(box);
    if (box && now === last) return box;
    last = now;
    await page.waitForTimeout(50);
  }
}

/** A wavy stroke across the signature pad, once the modal stands still; Sign is then enabled. */
export async function drawSignature(page: Page): Promise<void> {
  const box = await settledBox(page, 'signature-pad');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 30; i += 1) {
    await page.mouse.move(box.x + 30 + i * 12, box.y + box.height / 2 + Math.sin(i / 3) * 40);
  }
  await page.mouse.up();
  await expect.poll(() => page.getByTestId('waiver-sign').isEnabled()).toBe(true);
}
