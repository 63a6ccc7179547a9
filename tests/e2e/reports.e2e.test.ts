import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import { pdfText } from './pdfText';

let desk: DemoDesk;
let page: Page;

beforeAll(async () => {
  desk = await openDemoDesk({ reportHistory: true });
  page = desk.page;
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await desk?.close();
});

const ready = () => page.locator('[data-testid="reports-screen"][data-ready]').waitFor();
const text = (testId: string) => page.getByTestId(testId).first().innerText();
const focused = () =>
  page.evaluate("document.activeElement?.getAttribute('data-testid')") as Promise<string | null>;

/** A figure as the screen shows it ("1,364", "¥45.00") as a number. */
const num = (shown: string) => Number(shown.replace(/[¥,\s]/g, '').replace('−', '-'));

async function tabTo(testId: string) {
  for (let i = 0; i < 40 && (await focused()) !== testId; i += 1) await page.keyboard.press('Tab');
  expect(await focused()).toBe(testId);
}

describe('a supervisor reads the monthly report, exports it and prints it', () => {
  const shown: Record<string, number> = {};

  it('opens the monthly report: charts drawn as SVG, each with its table', async () => {
    await desk.signIn('sunli', '791357');
    await page.getByTestId('nav-reports').click();
    await ready();
    await page.getByTestId('report-kind-month').click();
    await ready();
    expect(await page.getByTestId('report-kind-month').getAttribute('aria-pressed')).toBe('true');
    // Last month: a whole month of the demo's history, against the month before.
    await page.getByTestId('report-prev').click();
    await ready();
    // The month of members in and out is drawn; every section has its table.
    for (const id of ['checkins', 'heat', 'gender', 'occupancy']) {
      const chart = page.getByTestId(`report-${id}-chart`);
      await expect.poll(() => chart.locator('svg').count(), { message: id }).toBeGreaterThan(0);
    }
    for (const id of ['checkins', 'heat', 'gender', 'occupancy', 'cards', 'complaints', 'cash'])
      expect(await page.getByTestId(`report-${id}`).locator('table').count(), id).toBeGreaterThan(
        0,
      );
    for (const key of ['checkIns', 'cardsSold', 'phoneInquiries', 'complaintsOpened'])
      shown[key] = num(
        await page.getByTestId(`summary-${key}`).getByTestId('summary-value').innerText(),
      );
    shown.followUpsDone = num(await text('cur-followUpsDone'));
    shown.handoversSigned = num(await text('cur-handoversSigned'));
    shown.takings = num(await text('cur-takings'));
    // The demo's weeks had members in every day and calls answered.
    expect(shown.checkIns).toBeGreaterThan(200);
    expect(shown.phoneInquiries).toBeGreaterThan(20);
  });

  it('exports Excel through a job; the file holds the figures the screen shows', async () => {
    await page.getByTestId('report-export-xlsx').click();
    const status = page.getByTestId('report-export-status');
    await status.locator('[data-state="done"]').waitFor();
    const files = readdirSync(desk.harness.exportDir).filter((f) => f.endsWith('.xlsx'));
    expect(files).toHaveLength(1);
    expect(await status.innerText()).toContain(files[0]!);
    const sheets = await readExcelFile(join(desk.harness.exportDir, files[0]!));
    const summary = sheets[0]!.data as unknown[][];
    const figure = (label: string) => summary.find((r) => r[0] === label)?.[1];
    expect(figure('入场人次')).toBe(shown.checkIns);
    expect(figure('售卡张数')).toBe(shown.cardsSold);
    expect(figure('电话咨询')).toBe(shown.phoneInquiries);
    expect(figure('新投诉')).toBe(shown.complaintsOpened);
    expect(figure('回访完成')).toBe(shown.followUpsDone);
    expect(figure('已交班')).toBe(shown.handoversSigned);
    const cash = sheets.find((s) => s.sheet === '现金')!.data as unknown[][];
    expect(cash.find((r) => r[0] === '现金收入')?.[1]).toBe(shown.takings);
  });

  it('exports CSV too: one file whose summary holds the same figures', async () => {
    await page.getByTestId('report-export-csv').click();
    const status = page.getByTestId('report-export-status');
    await expect.poll(async () => (await status.innerText()).includes('.csv')).toBe(true);
    const files = readdirSync(desk.harness.exportDir).filter((f) => f.endsWith('.csv'));
    expect(files).toHaveLength(1);
    const csv = readFileSync(join(desk.harness.exportDir, files[0]!), 'utf8');
    expect(csv).toMatch(new RegExp(`入场人次,${shown.checkIns},`));
    expect(csv).toMatch(new RegExp(`电话咨询,${shown.phoneInquiries},`));
  });

  it('shows the report screen in Chinese', async () => {
    await shot(page, 'reports-month-zh');
  });

  it('prints the report on A4 and saves the PDF with its text', async () => {
    await page.getByTestId('report-print').click();
    await page.locator('[data-testid="report-print-sheet"][data-ready]').waitFor();
    await expect.poll(() => page.locator('.rp-chart svg').count()).toBeGreaterThan(3);
    await shot(page, 'reports-print-zh');
    // Chromium splits CJK runs into separate text items: compare without the spaces between.
    const pdf = (await pdfText(await page.pdf({ format: 'A4', printBackground: true }))).replace(
      /\s+/g,
      '',
    );
    expect(pdf).toContain('月报');
    expect(pdf).toContain('每日入场');
    expect(pdf).toContain('入场热力图');
    expect(pdf).toContain('交接班');
    expect(pdf).toContain(`入场人次${shown.checkIns!.toLocaleString('en-US')}`);
    expect(pdf).toContain(`已回访${shown.followUpsDone!.toLocaleString('en-US')}`);
    await page.getByTestId('rprint-back').click();
    await ready();
  });
});

describe('the report screen with the keyboard alone', () => {
  it('Tab reaches the period buttons in order and Enter chooses one', async () => {
    await page.evaluate("window.location.hash = '#/reports'");
    await ready();
    await page.getByTestId('nav-reports').focus();
    await tabTo('report-export-xlsx');
    await tabTo('report-kind-day');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('report-kind-week');
    await page.keyboard.press('Enter');
    await ready();
    expect(await page.getByTestId('report-kind-week').getAttribute('aria-pressed')).toBe('true');
    const week = await text('report-period');
    await tabTo('report-prev');
    await page.keyboard.press('Enter');
    await ready();
    expect(await text('report-period')).not.toBe(week);
    await tabTo('report-this');
    await page.keyboard.press('Enter');
    await ready();
    // This week: Monday to Sunday around today.
    const [from, to] = (await text('report-period')).split(' – ');
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(from! <= today && today <= to!, `${from} ≤ ${today} ≤ ${to}`).toBe(true);
  });
});

describe('the report screens in English at 1366×768', () => {
  it('en: the monthly report and its print view', async () => {
    await page.getByText('English', { exact: true }).first().click();
    await page.getByTestId('report-kind-month').click();
    await ready();
    await shot(page, 'reports-month-en');
    await page.getByTestId('report-print').click();
    await page.locator('[data-testid="report-print-sheet"][data-ready]').waitFor();
    await shot(page, 'reports-print-en');
    await page.getByTestId('rprint-back').click();
    await ready();
  });
});
