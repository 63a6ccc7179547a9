import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OnSiteEntry, PriceItem, TagOut } from '../../../../shared/contract/deskViews';
import type { BlockListEntry, FairnessRow } from '../../../../shared/contract/receptionViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { useVaultStore } from '../setup/store';
import { BlockListScreen } from './BlockListScreen';
import { useBlockListStore } from './blockListStore';
import { FairnessScreen } from './FairnessScreen';
import { useFairnessStore } from './fairnessStore';
import { OnSiteScreen } from './OnSiteScreen';
import { useOnSiteStore } from './onSiteStore';
import { PricesScreen } from './PricesScreen';
import { usePricesStore, yuanToCents } from './pricesStore';

const T0 = new Date('2025-06-02T09:30:00').getTime();
const supervisor = sessionAs('supervisor');
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

const onSite = (patch: Partial<OnSiteEntry> = {}): OnSiteEntry => ({
  checkInId: 'ci-1',
  clientId: 'c-zhang',
  name: '张三',
  cardNumber: 'M0001',
  gender: 'male',
  tagNumber: '12',
  since: T0,
  ...patch,
});
const price = (patch: Partial<PriceItem> = {}): PriceItem => ({
  id: 'p-1',
  name: '矿泉水',
  priceCents: 300,
  active: true,
  sort: 1,
  ...patch,
});
const blocked = (patch: Partial<BlockListEntry> = {}): BlockListEntry => ({
  id: 'b-1',
  name: '赵六',
  phoneMasked: '139****0000',
  idNumberMasked: null,
  reason: '多次违规',
  addedAt: T0,
  addedByName: '李经理',
  active: true,
  removedAt: null,
  ...patch,
});
const fair = (patch: Partial<FairnessRow> = {}): FairnessRow => ({
  staffId: 's-qian',
  displayName: '钱顾问',
  signedIn: true,
  received: 3,
  passedOn: 1,
  missed: 2,
  gotByPass: 0,
  calls: 4,
  ...patch,
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useVaultStore.setState({ status: { state: 'open', siteName: '城东健身中心' } });
  useOnSiteStore.setState({
    people: [],
    tags: [],
    lostTags: [],
    loadedAt: null,
    error: null,
    actionError: null,
    loading: false,
  });
  usePricesStore.setState({ items: [], error: null });
  useBlockListStore.setState({ entries: [], includeRemoved: false, error: null });
  useFairnessStore.setState({ day: null, view: null, error: null });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('OnSiteScreen', () => {
  it('lists members and visitors on site and prints the list with the site and time', async () => {
    fakeBridge({
      'desk.onSite': ok([
        onSite({ checkInId: 'ci-2', since: T0 + 60_000 }),
        onSite({
          checkInId: 'ci-1',
          clientId: null,
          name: null,
          cardNumber: null,
          tagNumber: 'A3',
        }),
      ]),
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderWithMantine(<OnSiteScreen session={sessionAs('receptionist')} />);
    const rows = await screen.findAllByTestId('onsite-row');
    expect(rows.map((r) => within(r).getByTestId('onsite-tag').textContent)).toEqual(['A3', '12']);
    expect(rows[0]!.getAttribute('data-kind')).toBe('visitor');
    expect(within(rows[0]!).getByTestId('onsite-name').textContent).toBe('Visitor');
    expect(within(rows[1]!).getByTestId('onsite-name').textContent).toBe('张三');
    expect(screen.getByTestId('onsite-count').textContent).toBe('2 on site');
    expect(screen.getByTestId('onsite-print-head').textContent).toContain('城东健身中心');

    fireEvent.click(screen.getByTestId('onsite-print'));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('onsite-print-time').textContent).toMatch(
      /^Printed \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 2 people on site$/,
    );
    const css = document.querySelector('style[media="print"]')?.textContent ?? '';
    expect(css).toContain('.mantine-AppShell-navbar');
    expect(css).toContain('.mantine-AppShell-header');
    expect(css).toContain('[data-noprint]');
    expect(screen.getByTestId('onsite-print').hasAttribute('data-noprint')).toBe(true);
  });
});

describe('OnSiteScreen closing check and lost tags', () => {
  const tagOut = (patch: Partial<TagOut> = {}): TagOut => ({
    tagNumber: '12',
    checkInId: 'ci-1',
    clientId: 'c-zhang',
    memberName: '张三',
    since: T0,
    openCharges: 1,
    openChargesCents: 2800,
    ...patch,
  });

  it('counts who is still in with the unsettled total; a refused check-out links to the desk', async () => {
    const calls = fakeBridge({
      'desk.onSite': ok([onSite(), onSite({ checkInId: 'ci-2', tagNumber: '3', name: '李四' })]),
      'desk.tagsOut': ok([
        tagOut(),
        tagOut({ checkInId: 'ci-2', tagNumber: '3', openChargesCents: 300 }),
      ]),
      'desk.lostTags': ok([]),
      'desk.checkOut': fail({ code: 'CONFLICT', reason: 'desk.unsettled' }),
    });
    renderWithMantine(<OnSiteScreen session={sessionAs('receptionist')} />);
    expect((await screen.findByTestId('closing-summary')).textContent).toBe(
      '2 people still in, ¥31.00 unsettled',
    );
    expect(screen.queryByTestId('closing-clear')).toBeNull();
    expect(sent(calls, 'desk.checkOut')).toEqual([]);
    fireEvent.click(screen.getAllByTestId('closing-checkout')[0]!);
    await screen.findByTestId('closing-to-desk');
    expect(sent(calls, 'desk.checkOut')).toEqual([{ checkInId: 'ci-1' }]);
  });

  it('shows the all-clear state when no one is in', async () => {
    fakeBridge({ 'desk.onSite': ok([]), 'desk.tagsOut': ok([]), 'desk.lostTags': ok([]) });
    renderWithMantine(<OnSiteScreen session={sessionAs('receptionist')} />);
    expect((await screen.findByTestId('closing-clear')).textContent).toContain(
      'All clear for closing',
    );
    expect(screen.queryByTestId('closing-summary')).toBeNull();
  });

  it('lists lost tags and the Found button calls desk.tagFound', async () => {
    let lost = [{ tagNumber: '7', lostAt: T0 }];
    const calls = fakeBridge({
      'desk.onSite': ok([]),
      'desk.tagsOut': ok([]),
      'desk.lostTags': () => ok(lost),
      'desk.tagFound': (input: unknown) => {
        lost = [];
        return ok({ tagNumber: (input as { tagNumber: string }).tagNumber, lostAt: T0 });
      },
    });
    renderWithMantine(<OnSiteScreen session={sessionAs('receptionist')} />);
    fireEvent.click(await screen.findByTestId('lost-found'));
    await screen.findByTestId('lost-none');
    expect(sent(calls, 'desk.tagFound')).toEqual([{ tagNumber: '7' }]);
  });
});

describe('PricesScreen', () => {
  it('converts yuan typed with two decimals to cents', () => {
    expect(yuanToCents('12.5')).toBe(1250);
    expect(yuanToCents('0.05')).toBe(5);
    expect(yuanToCents('8')).toBe(800);
    expect(yuanToCents('1.234')).toBeNull();
    expect(yuanToCents('-1')).toBeNull();
    expect(yuanToCents('abc')).toBeNull();
  });

  it('adds an item with the price typed in yuan and sent in cents', async () => {
    const calls = fakeBridge({
      'desk.priceList': ok([price()]),
      'desk.setPriceItem': (input: unknown) => ok({ id: 'p-2', ...(input as object) }),
    });
    renderWithMantine(<PricesScreen session={supervisor} />);
    expect((await screen.findByTestId('price-row-price')).textContent).toBe('¥3.00');
    fireEvent.click(screen.getByTestId('price-add'));
    fireEvent.change(await screen.findByTestId('price-name'), { target: { value: '运动饮料' } });
    fireEvent.change(screen.getByTestId('price-yuan'), { target: { value: '12.50' } });
    fireEvent.click(screen.getByTestId('price-save'));
    await waitFor(() =>
      expect(sent(calls, 'desk.setPriceItem')).toEqual([
        { name: '运动饮料', priceCents: 1250, active: true, sort: 0 },
      ]),
    );
    await waitFor(() => expect(screen.getAllByTestId('price-row')).toHaveLength(2));
  });

  it('edits an existing item by id', async () => {
    const calls = fakeBridge({
      'desk.priceList': ok([price()]),
      'desk.setPriceItem': (input: unknown) => ok(input),
    });
    renderWithMantine(<PricesScreen session={supervisor} />);
    fireEvent.click(await screen.findByTestId('price-edit'));
    const yuan = await screen.findByTestId('price-yuan');
    expect((yuan as HTMLInputElement).value).toBe('3.00');
    fireEvent.change(yuan, { target: { value: '3.5' } });
    fireEvent.click(screen.getByTestId('price-save'));
    await waitFor(() =>
      expect(sent(calls, 'desk.setPriceItem')).toEqual([
        { id: 'p-1', name: '矿泉水', priceCents: 350, active: true, sort: 1 },
      ]),
    );
  });

  it('shows Forbidden when main refuses the change', async () => {
    fakeBridge({
      'desk.priceList': ok([price()]),
      'desk.setPriceItem': fail({ code: 'FORBIDDEN' }),
    });
    renderWithMantine(<PricesScreen session={sessionAs('receptionist')} />);
    fireEvent.click(await screen.findByTestId('price-edit'));
    fireEvent.click(await screen.findByTestId('price-save'));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});

describe('BlockListScreen', () => {
  it('adds a person with name, phone, ID number and reason', async () => {
    const calls = fakeBridge({
      'blockList.list': ok([blocked()]),
      'blockList.add': ok(blocked({ id: 'b-2', name: '孙七' })),
    });
    renderWithMantine(<BlockListScreen session={supervisor} />);
    await screen.findByTestId('block-row');
    fireEvent.click(screen.getByTestId('block-add'));
    fireEvent.change(await screen.findByTestId('block-name'), { target: { value: '孙七' } });
    fireEvent.change(screen.getByTestId('block-phone'), { target: { value: '13900001111' } });
    fireEvent.change(screen.getByTestId('block-id-number'), {
      target: { value: '110101199001011234' },
    });
    fireEvent.change(screen.getByTestId('block-reason'), { target: { value: '骚扰会员' } });
    fireEvent.click(screen.getByTestId('block-save'));
    await waitFor(() =>
      expect(sent(calls, 'blockList.add')).toEqual([
        { name: '孙七', phone: '13900001111', idNumber: '110101199001011234', reason: '骚扰会员' },
      ]),
    );
    await waitFor(() => expect(sent(calls, 'blockList.list')).toHaveLength(2));
  });

  it('removes an entry only after confirmation', async () => {
    const calls = fakeBridge({
      'blockList.list': ok([blocked()]),
      'blockList.remove': ok(blocked({ active: false, removedAt: T0 })),
    });
    renderWithMantine(<BlockListScreen session={supervisor} />);
    fireEvent.click(await screen.findByTestId('block-remove'));
    expect(sent(calls, 'blockList.remove')).toEqual([]);
    fireEvent.click(await screen.findByTestId('block-remove-confirm'));
    await waitFor(() => expect(sent(calls, 'blockList.remove')).toEqual([{ id: 'b-1' }]));
  });

  it('shows Forbidden to a role main refuses', async () => {
    fakeBridge({ 'blockList.list': fail({ code: 'FORBIDDEN' }) });
    renderWithMantine(<BlockListScreen session={sessionAs('receptionist')} />);
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});

describe('FairnessScreen', () => {
  it('renders each consultant’s counts for the day with totals', async () => {
    const calls = fakeBridge({
      'fairness.today': ok({
        businessDate: '2025-06-02',
        consultants: [
          fair(),
          fair({ staffId: 's-zhou', displayName: '周顾问', received: 1, gotByPass: 2, missed: 0 }),
        ],
      }),
    });
    renderWithMantine(<FairnessScreen session={supervisor} />);
    const rows = await screen.findAllByTestId('fair-row');
    expect(rows).toHaveLength(2);
    const first = rows[0]!;
    expect(within(first).getByText('钱顾问')).toBeTruthy();
    expect(
      ['received', 'gotByPass', 'passedOn', 'missed', 'calls'].map(
        (c) => within(first).getByTestId(`fair-${c}`).textContent,
      ),
    ).toEqual(['3', '0', '1', '2', '4']);
    expect(screen.getByTestId('fair-total').textContent).toBe('Total42228');
    expect(sent(calls, 'fairness.today')).toEqual([undefined]);
  });

  it('asks main for the picked business day', async () => {
    const calls = fakeBridge({
      'fairness.today': (input: unknown) =>
        ok({
          businessDate: (input as { businessDate?: string } | undefined)?.businessDate ?? 'x',
          consultants: [],
        }),
    });
    renderWithMantine(<FairnessScreen session={supervisor} />);
    await screen.findByTestId('fair-empty');
    await useFairnessStore.getState().setDay('2025-05-30');
    expect(sent(calls, 'fairness.today')).toEqual([undefined, { businessDate: '2025-05-30' }]);
  });
});

describe('OnSiteScreen on return (issue 11, felt speed)', () => {
  it('shows the list it has at once, re-reads it quietly, and spins only a pressed refresh', async () => {
    let answer: (v: unknown) => void = () => {};
    fakeBridge({
      'desk.onSite': () => new Promise((resolve) => (answer = resolve)),
      'desk.tagsOut': ok([]),
      'desk.lostTags': ok([]),
    });
    const before = [onSite()];
    useOnSiteStore.setState({ people: before, loadedAt: T0 });
    renderWithMantine(<OnSiteScreen session={sessionAs('receptionist')} />);
    // Main has not answered yet: the rows are there, and no spinner says otherwise.
    expect(screen.getAllByTestId('onsite-row')).toHaveLength(1);
    const refresh = screen.getByTestId('onsite-refresh');
    expect(refresh.hasAttribute('data-loading')).toBe(false);
    answer(ok([onSite()]));
    await waitFor(() => expect(useOnSiteStore.getState().loading).toBe(false));
    // The same people: the store kept its rows, so nothing is drawn again.
    expect(useOnSiteStore.getState().people).toBe(before);
    fireEvent.click(refresh);
    await waitFor(() => expect(refresh.hasAttribute('data-loading')).toBe(true));
    answer(ok([onSite(), onSite({ checkInId: 'ci-9', tagNumber: '40', since: T0 + 1 })]));
    await waitFor(() => expect(screen.getAllByTestId('onsite-row')).toHaveLength(2));
    expect(refresh.hasAttribute('data-loading')).toBe(false);
  });
});
