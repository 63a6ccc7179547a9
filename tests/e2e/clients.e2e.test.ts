import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPrcCheckDigit } from '../../shared/domain/idNumber';
import { shot } from './chromium';
import { openDemoDesk, type DemoDesk } from './demoDesk';
import type { Harness } from './harness/server';

let desk: DemoDesk;
let harness: Harness;
let page: Page;
const signIn = (username: string, pin: string) => desk.signIn(username, pin);

beforeAll(async () => {
  desk = await openDemoDesk();
  ({ harness, page } = desk);
});

afterAll(async () => {
  await desk?.close();
});

async function search(q: string) {
  await page.getByTestId('clients-search').fill(q);
}

describe('client files, end to end', () => {
  it('a receptionist registers two members through the form', async () => {
    await signIn('wangfang', '1357');
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('clients-search').waitFor();
    await shot(page, '20-clients-list');
    const members = [
      {
        name: '林小雨',
        phone: '13712340987',
        card: 'E2E-001',
        id: withPrcCheckDigit('11010519920815002'),
      },
      { name: '欧阳修', phone: '15899990101', card: 'E2E-002', id: '' },
    ];
    for (const m of members) {
      await page.getByTestId('nav-clients').click();
      await page.getByTestId('clients-new').click();
      await page.getByTestId('client-form-name').fill(m.name);
      await page.getByTestId('client-form-phone-0').fill(m.phone);
      if (m.id) await page.getByTestId('client-form-id-number').fill(m.id);
      await page.getByTestId('client-form-card-type').fill('年卡');
      await page.getByTestId('client-form-card-number').fill(m.card);
      if (m.name === '林小雨') await shot(page, '21-client-form');
      await page.getByTestId('client-form-submit').click();
      await expect(page.getByTestId('client-file-name').textContent()).resolves.toContain(m.name);
    }
    await shot(page, '22-client-file');
  });

  it('finds a member by pinyin initials and by the last four phone digits', async () => {
    await page.getByTestId('nav-clients').click();
    await search('lxy');
    await page.getByTestId('client-result-E2E-001').waitFor();
    await shot(page, '23-search-initials');
    await search('0987');
    await page.getByTestId('client-result-E2E-001').waitFor();
    await expect(page.getByTestId('client-result-E2E-002').count()).resolves.toBe(0);
    await search('oyx');
    await page.getByTestId('client-result-E2E-002').waitFor();
    await page.keyboard.press('Control+KeyK');
    await page.getByTestId('spotlight-search').fill('0101');
    await page.getByTestId('spotlight-result-E2E-002').waitFor();
    await shot(page, '24-spotlight');
    await page.keyboard.press('Escape');
  });

  it('a receptionist is refused a 机密 file but still gets its check-in card', async () => {
    await search('M-1008');
    await page.getByTestId('client-result-M-1008').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('client-card').waitFor();
    await expect(page.getByTestId('client-card').textContent()).resolves.toContain('周杰伦');
    await shot(page, '25-restricted-card');
    await page.keyboard.press('Escape');
    // Going to the file page directly: main refuses, the desk still sees the check-in card.
    const probe = 'e2e-probe';
    await harness.dispatch('auth.login', { username: 'zhangwei', pin: '246810' }, probe);
    const found = await harness.dispatch('clients.search', { q: 'M-1008' }, probe);
    const id = found.ok ? (found.data as { id: string }[])[0]!.id : '';
    await page.evaluate(`window.location.hash = '#/client/${id}'`);
    await page.getByTestId('forbidden').waitFor();
    await page.getByTestId('client-card').waitFor();
    await shot(page, '25-restricted-refused');
  });

  it('a supervisor opens it with a reason, and the access record shows who, when and why', async () => {
    await signIn('sunli', '791357');
    await page.getByTestId('nav-clients').click();
    await search('M-1008');
    await page.getByTestId('client-result-M-1008').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('open-reason').fill('会员投诉复核');
    await shot(page, '26-open-reason');
    await page.getByTestId('open-reason-submit').click();
    await expect(page.getByTestId('client-file-name').textContent()).resolves.toContain('周杰伦');
    await page.getByTestId('reveal-phones').click();
    await page.getByTestId('client-phone-0').getByText('13988889999').waitFor();
    await shot(page, '27-restricted-open');
    await page.getByTestId('nav-access').click();
    await page.getByTestId('access-table').waitFor();
    const table = page.getByTestId('access-table');
    await table.getByText('会员投诉复核').first().waitFor();
    await expect(table.textContent()).resolves.toContain('周杰伦');
    await expect(table.textContent()).resolves.toContain('孙丽');
    await shot(page, '28-access-records');
  });
});
