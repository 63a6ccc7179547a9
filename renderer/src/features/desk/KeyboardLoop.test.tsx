/** Issue 11, the keyboard loop: every step at the desk without a mouse. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { useStaffDirectoryStore } from '../clients/store';
import { baseAnswers, charge, entry, message, T0, tagOut, visitor } from './fixtures';
import { useMessagesStore } from './messagesStore';
import { ReceptionScreen } from './ReceptionScreen';
import { useCheckInStore } from './store';
import { useTagsStore } from './tagsStore';
import { useVisitorsStore } from './visitorsStore';

const session = sessionAs('receptionist');
type Calls = { channel: string; input: unknown }[];
const sent = (calls: Calls, channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

function setup(extra: Record<string, unknown> = {}) {
  const calls = fakeBridge({ ...baseAnswers(), ...extra });
  renderWithMantine(<ReceptionScreen session={session} />);
  return calls;
}

/** A scanner's burst into whatever has focus: each key lands in a focused field. */
function burst(code: string) {
  const el = document.activeElement as HTMLElement;
  for (const key of code) {
    fireEvent.keyDown(el, { key });
    if (el instanceof HTMLInputElement) fireEvent.change(el, { target: { value: el.value + key } });
  }
  fireEvent.keyDown(el, { key: 'Enter' });
}

const zhang = entry();
const li = entry({ id: 'c-li', name: '李四', cardNumber: 'M0002' });

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useCheckInStore.getState().reset();
  useTagsStore.setState({ tags: [], open: null, charges: [], unsettled: false });
  useVisitorsStore.setState({ visitors: [], offsetMs: 0, registered: null });
  useMessagesStore.setState({ messages: [], seen: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the keyboard loop at the desk', () => {
  it('a scan while the tag box has focus opens the second member, not a tag number', async () => {
    // The clock stands still, so every key of a burst comes 0 ms after the last.
    vi.useFakeTimers({ toFake: ['Date'] });
    const calls = setup({
      'desk.lookup': (input: unknown) =>
        ok((input as { q: string }).q === 'M0002' ? [li] : [zhang]),
    });
    burst('M0001');
    const tagBox = (await screen.findByTestId('checkin-tag')) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(tagBox));
    burst('M0002');
    await screen.findByText('李四');
    expect(sent(calls, 'desk.lookup')).toEqual([
      { q: 'M0001', limit: 12 },
      { q: 'M0002', limit: 12 },
    ]);
    expect(sent(calls, 'desk.checkIn')).toEqual([]);
    expect((screen.getByTestId('checkin-tag') as HTMLInputElement).value).toBe('');
    // The first member was never checked in: the panel says so.
    expect(screen.getByTestId('checkin-skipped').textContent).toContain('张三');
  });

  it('F3 with drinks owed lands on settle; Enter settles, then checks out and says so', async () => {
    let settled = false;
    const calls = setup({
      'desk.tagsOut': ok([tagOut()]),
      'desk.charges': () => ok([settled ? charge({ state: 'settled', method: 'cash' }) : charge()]),
      'desk.checkOut': () =>
        settled
          ? ok({
              checkIn: { id: 'ci-1', clientId: 'c-zhang', tagNumber: '12' },
              charges: [],
            })
          : { ok: false, error: { code: 'CONFLICT', message: 'open', reason: 'desk.unsettled' } },
      'desk.settle': () => {
        settled = true;
        return ok([charge({ state: 'settled', method: 'cash' })]);
      },
    });
    await screen.findByTestId('tag-tile-12');
    fireEvent.keyDown(document.activeElement!, { key: 'F3' });
    const box = await screen.findByTestId('checkout-tag');
    fireEvent.change(box, { target: { value: '12' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    const settle = await screen.findByTestId('settle-submit');
    await waitFor(() => expect(document.activeElement).toBe(settle));
    expect(settle.textContent).toContain('F8');
    fireEvent.keyDown(settle, { key: 'F8' });
    await waitFor(() =>
      expect(sent(calls, 'desk.settle')).toEqual([{ checkInId: 'ci-1', method: 'cash' }]),
    );
    const out = screen.getByTestId('checkout-submit');
    await waitFor(() => expect(document.activeElement).toBe(out));
    fireEvent.click(out);
    const done = await screen.findByTestId('checkout-done');
    expect(done.textContent).toContain('张三 is checked out');
    expect(within(done).getByTestId('checkout-done-tag').textContent).toBe('12');
  });

  it('F6 asks for a tag and opens its drinks with the picker focused', async () => {
    setup({ 'desk.tagsOut': ok([tagOut()]), 'desk.charges': ok([]) });
    await screen.findByTestId('tag-tile-12');
    fireEvent.keyDown(document.activeElement!, { key: 'F6' });
    const box = await screen.findByTestId('checkout-tag');
    fireEvent.change(box, { target: { value: '99' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((await screen.findByTestId('tag-not-out')).textContent).toContain('99');
    fireEvent.change(box, { target: { value: '012' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((await screen.findByTestId('tag-panel-number')).textContent).toBe('12');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByTestId('charge-item-select')),
    );
  });

  it('the help overlay lists the drawer’s quick keys', async () => {
    setup();
    fireEvent.keyDown(document.activeElement!, { key: 'F1' });
    const settle = await screen.findByText('Settle the open charges of the open tag');
    expect(settle.closest('tr')!.textContent).toContain('F8');
    expect(screen.getByText(/^Add a drink/).closest('tr')!.textContent).toContain('F6');
  });

  it('a registered visitor names the consultant called; 确认接待 and Enter in the PIN hand over', async () => {
    const v = visitor({ name: '韩雪', consultantName: '赵顾问', consultantId: 'staff-zhao' });
    let waiting = [] as (typeof v)[];
    const calls = setup({
      'visitors.register': () => {
        waiting = [v];
        return ok({ visitor: v, assignedBy: 'rotation', blockAlert: null });
      },
      'visitors.waiting': () => ok({ now: T0, visitors: waiting }),
      'visitors.confirm': ok(v),
    });
    fireEvent.keyDown(document.activeElement!, { key: 'F4' });
    const name = await screen.findByTestId('visitor-name');
    fireEvent.change(name, { target: { value: '韩雪' } });
    fireEvent.submit(name.closest('form')!);
    expect((await screen.findByTestId('visitor-registered')).textContent).toContain(
      '韩雪 is handed to 赵顾问',
    );
    const confirm = await screen.findByTestId('visitor-confirm');
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    const user = screen.getByTestId('visitor-confirm-user');
    expect(document.activeElement).toBe(user);
    fireEvent.change(user, { target: { value: 'zhao' } });
    const pin = screen.getByTestId('visitor-confirm-pin');
    fireEvent.change(pin, { target: { value: '2468' } });
    fireEvent.keyDown(pin, { key: 'Enter' });
    await waitFor(() =>
      expect(sent(calls, 'visitors.confirm')).toEqual([
        { visitorId: 'v-1', username: 'zhao', pin: '2468' },
      ]),
    );
  });

  it('the message recipient box searches by pinyin instead of appending to “Next shift”', async () => {
    setup({
      'staff.directory': ok([
        { id: 's-liu', displayName: '刘洋', role: 'consultant', pinyin: 'liuyang ly' },
        { id: 's-zhao', displayName: '赵顾问', role: 'consultant', pinyin: 'zhaoguwen zgw' },
      ]),
    });
    await waitFor(() => expect(useStaffDirectoryStore.getState().entries).toHaveLength(2));
    fireEvent.click(screen.getByTestId('messages-open'));
    const to = (await screen.findByTestId('message-to')) as HTMLInputElement;
    act(() => to.focus());
    expect([to.selectionStart, to.selectionEnd]).toEqual([0, to.value.length]);
    fireEvent.click(to);
    fireEvent.change(to, { target: { value: 'liu' } });
    // The dropdown sits in a portal that jsdom's role query counts as hidden.
    await waitFor(() =>
      expect([...document.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual([
        '刘洋',
      ]),
    );
  });

  it('marks the recipient main refused (left since the list loaded), without a bare alert', async () => {
    setup({
      'messages.send': fail({
        code: 'VALIDATION',
        message: 'invalid input',
        reason: 'messages.unknownRecipient',
        fields: { toStaffId: 'not an active staff member' },
      }),
    });
    fireEvent.click(screen.getByTestId('messages-open'));
    fireEvent.change(await screen.findByTestId('message-body'), {
      target: { value: '刘女士请回电' },
    });
    fireEvent.click(screen.getByTestId('message-send'));
    const to = screen.getByTestId('message-to');
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('messages-drawer').textContent).toContain(
      'Choose an active colleague, or the next shift.',
    );
    expect(screen.queryByText(/check the marked fields/i)).toBeNull();
  });

  it('the unread banner shows once per new note; then the badge carries the count', async () => {
    const first = message();
    setup({ 'messages.list': ok([first]) });
    const banner = await screen.findByTestId('messages-banner');
    fireEvent.click(banner.querySelector('button.mantine-Alert-closeButton')!);
    expect(screen.queryByTestId('messages-banner')).toBeNull();
    expect(screen.getByTestId('messages-open').getAttribute('data-unread')).toBe('1');
    useMessagesStore.setState({ messages: [first, message({ id: 'm-2', body: '新留言' })] });
    expect((await screen.findByTestId('messages-banner')).textContent).toContain('新留言');
  });
});
