import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ClientsScreen } from './ClientsScreen';
import { fail, ok, sessionAs, summary } from './fixtures';
import { EMPTY_FILTERS, useClientListStore, useDeskSearchStore } from './store';

const zhang = summary();
const li = summary({
  id: 'c-li',
  name: '李四',
  nameLatin: null,
  cardNumber: 'M0002',
  phoneMasked: '139****1234',
});
const secretOrg = summary({
  id: 'c-org',
  kind: 'organisation',
  name: '华夏银行',
  nameLatin: null,
  cardNumber: 'C9001',
  secrecy: 'topSecret',
  restricted: true,
  status: 'frozen',
  alerts: [{ kind: 'frozen' }, { kind: 'note', text: '请找经理' }],
});

function answers(extra: Record<string, unknown> = {}) {
  return {
    'clients.list': ok({ rows: [zhang, li, secretOrg], total: 3 }),
    'staff.directory': ok([{ id: 'staff-consultant', displayName: '赵顾问', role: 'consultant' }]),
    'clients.search': (input: unknown) => {
      const q = (input as { q: string }).q.toLowerCase();
      const all = [zhang, li, secretOrg];
      return ok(
        all.filter(
          (c) =>
            (q === 'zs' && c.id === 'c-zhang') ||
            c.cardNumber?.toLowerCase() === q ||
            c.phoneMasked?.endsWith(q) ||
            c.name.includes(q),
        ),
      );
    },
    ...extra,
  };
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useClientListStore.setState({
    filters: EMPTY_FILTERS,
    offset: 0,
    rows: [],
    total: 0,
    error: null,
  });
  useDeskSearchStore.getState().clear();
  window.location.hash = '#/clients';
});

describe('ClientsScreen', () => {
  it('searches as you type (pinyin initials) and opens the chosen file', async () => {
    const calls = fakeBridge(answers());
    renderWithMantine(<ClientsScreen session={sessionAs('receptionist')} />);
    const box = screen.getByTestId('clients-search');
    expect(document.activeElement).toBe(box);

    fireEvent.change(box, { target: { value: 'z' } });
    fireEvent.change(box, { target: { value: 'zs' } });
    const result = await screen.findByTestId('client-result-M0001');
    expect(within(result).getByText('张三')).toBeTruthy();
    expect(within(result).getByText('Active')).toBeTruthy();
    // Debounced: the half-typed "z" never reached main.
    const searches = calls.filter((c) => c.channel === 'clients.search');
    expect(searches.map((c) => c.input)).toEqual([{ q: 'zs', limit: 20 }]);

    fireEvent.click(result);
    expect(window.location.hash).toBe('#/client/c-zhang');
  });

  it('Enter opens the first match of a scanned card number at once', async () => {
    fakeBridge(answers());
    renderWithMantine(<ClientsScreen session={sessionAs('receptionist')} />);
    const box = screen.getByTestId('clients-search');
    fireEvent.change(box, { target: { value: 'M0002' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/client/c-li'));
  });

  it('says clearly when nothing matches', async () => {
    fakeBridge(answers());
    renderWithMantine(<ClientsScreen session={sessionAs('receptionist')} />);
    fireEvent.change(screen.getByTestId('clients-search'), { target: { value: '0000' } });
    expect((await screen.findByTestId('clients-search-none')).textContent).toContain('"0000"');
  });

  it('lists files with status words, a lock for restricted ones and the total', async () => {
    fakeBridge(answers());
    renderWithMantine(<ClientsScreen session={sessionAs('receptionist')} />);
    const row = await screen.findByTestId('client-row-C9001');
    expect(within(row).getByText('Frozen')).toBeTruthy();
    expect(within(row).getByText('Top secret')).toBeTruthy();
    expect(within(row).getByTestId('client-restricted-C9001')).toBeTruthy();
    expect(screen.getByTestId('clients-total').textContent).toBe('1–3 of 3');
    // Receptionists do not import; the button is not offered.
    expect(screen.queryByTestId('clients-import')).toBeNull();
  });

  it('a restricted file shows its check-in card instead of opening', async () => {
    fakeBridge(answers());
    renderWithMantine(<ClientsScreen session={sessionAs('receptionist')} />);
    fireEvent.click(await screen.findByTestId('client-row-C9001'));
    const card = await screen.findByTestId('client-card');
    expect(within(card).getByText('华夏银行')).toBeTruthy();
    expect(within(card).getByText('Note: 请找经理')).toBeTruthy();
    expect(window.location.hash).toBe('#/clients');
  });

  it('filters go to main and restart at the first page', async () => {
    const calls = fakeBridge(answers());
    renderWithMantine(<ClientsScreen session={sessionAs('dutyManager')} />);
    await screen.findByTestId('client-row-M0001');
    expect(screen.getByTestId('clients-import')).toBeTruthy();
    fireEvent.change(screen.getByTestId('clients-filter-tag'), { target: { value: '晨练' } });
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'clients.list').at(-1)?.input).toEqual({
        offset: 0,
        limit: 25,
        tag: '晨练',
      }),
    );
  });

  it('shows Forbidden when main refuses the list', async () => {
    fakeBridge(answers({ 'clients.list': fail({ code: 'FORBIDDEN', reason: 'auth.role' }) }));
    renderWithMantine(<ClientsScreen session={sessionAs('receptionist')} />);
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});

describe('ClientsScreen on return (issue 11, felt speed)', () => {
  it('shows the page it has at once and keeps its rows when main sends the same page', async () => {
    let answer: (v: unknown) => void = () => {};
    fakeBridge({
      ...answers(),
      'clients.list': () => new Promise((resolve) => (answer = resolve)),
    });
    const before = [zhang, li];
    useClientListStore.setState({ rows: before, total: 2 });
    renderWithMantine(<ClientsScreen session={sessionAs('receptionist')} />);
    expect(screen.getByTestId('client-row-M0001')).toBeTruthy();
    expect(screen.getByTestId('client-row-M0002')).toBeTruthy();
    answer(ok({ rows: [summary(), li], total: 2 }));
    await waitFor(() => expect(useClientListStore.getState().loading).toBe(false));
    expect(useClientListStore.getState().rows).toBe(before);
  });
});
