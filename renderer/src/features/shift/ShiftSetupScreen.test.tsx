import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChecklistItem, RosterEntry } from '../../../../shared/contract/shiftViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { useStaffDirectoryStore } from '../clients/store';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { directory, early, late } from './fixtures';
import { useShiftSetupStore } from './setupStore';
import { ShiftSetupScreen } from './ShiftSetupScreen';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

const items: ChecklistItem[] = [
  { id: 'i-1', phase: 'opening', label: '开灯、开空调', active: true, sort: 10 },
  { id: 'i-2', phase: 'closing', label: '收回全部手牌', active: true, sort: 10 },
];
const planned: RosterEntry[] = [
  { businessDate: '2026-06-03', templateId: early.id, staffId: 'staff-li', displayName: '李娜' },
];

function setup(extra: Record<string, unknown> = {}) {
  return fakeBridge({
    'shifts.templates': ok([late, early]),
    'shifts.checklist': ok(items),
    'shifts.roster': ok(planned),
    'staff.directory': ok(directory),
    ...extra,
  });
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useShiftSetupStore.setState({ templates: [], checklist: [], roster: [], error: null });
  useStaffDirectoryStore.setState({ entries: [] });
});
afterEach(() => vi.useRealTimers());

describe('ShiftSetupScreen', () => {
  it('adds a shift template and lists it in order', async () => {
    const calls = setup({
      'shifts.setTemplate': (input: unknown) =>
        ok({ id: 'tpl-mid', active: true, ...(input as object) }),
    });
    renderWithMantine(<ShiftSetupScreen session={sessionAs('supervisor')} />);
    const rows = await screen.findAllByTestId('template-row');
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['tpl-early', 'tpl-late']);
    expect(rows[0]!.textContent).toContain('09:30–16:00');

    fireEvent.click(screen.getByTestId('template-add'));
    fireEvent.change(await screen.findByTestId('template-name'), { target: { value: ' 中班 ' } });
    fireEvent.change(screen.getByTestId('template-start'), { target: { value: '12:00' } });
    fireEvent.change(screen.getByTestId('template-end'), { target: { value: '12:00' } });
    expect(screen.getByText('The end must differ from the start.')).toBeTruthy();
    expect(screen.getByTestId('template-save').hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('template-end'), { target: { value: '18:30' } });
    fireEvent.change(screen.getByTestId('template-sort'), { target: { value: '15' } });
    fireEvent.click(screen.getByTestId('template-save'));

    await waitFor(() => expect(screen.getAllByTestId('template-row')).toHaveLength(3));
    expect(sent(calls, 'shifts.setTemplate')).toEqual([
      { name: '中班', startsAt: '12:00', endsAt: '18:30', active: true, sort: 15 },
    ]);
    expect(screen.getAllByTestId('template-row').map((r) => r.getAttribute('data-id'))).toEqual([
      'tpl-early',
      'tpl-mid',
      'tpl-late',
    ]);
  });

  it('edits a template with its id and shows main’s refusal', async () => {
    const calls = setup({
      'shifts.setTemplate': fail({ code: 'FORBIDDEN', reason: 'auth.role' }),
    });
    renderWithMantine(<ShiftSetupScreen session={sessionAs('supervisor')} />);
    const [first] = await screen.findAllByTestId('template-row');
    fireEvent.click(within(first!).getByTestId('template-edit'));
    fireEvent.click(await screen.findByTestId('template-active'));
    fireEvent.click(screen.getByTestId('template-save'));
    await screen.findByTestId('error-alert');
    expect(sent(calls, 'shifts.setTemplate')).toEqual([
      {
        id: 'tpl-early',
        name: '早班',
        startsAt: '09:30',
        endsAt: '16:00',
        active: false,
        sort: 10,
      },
    ]);
  });

  it('adds and deactivates checklist items per phase', async () => {
    const calls = setup({
      'shifts.setChecklistItem': (input: unknown) =>
        ok({ id: 'i-new', active: true, ...(input as object) }),
    });
    renderWithMantine(<ShiftSetupScreen session={sessionAs('supervisor')} />);
    fireEvent.click(await screen.findByTestId('shiftsetup-tab-checklists'));
    fireEvent.change(await screen.findByTestId('item-new-closing'), {
      target: { value: '关闭跑步机电源' },
    });
    fireEvent.click(screen.getByTestId('item-add-closing'));
    await waitFor(() =>
      expect(within(screen.getByTestId('items-closing')).getAllByTestId('item-row')).toHaveLength(
        2,
      ),
    );
    expect(sent(calls, 'shifts.setChecklistItem')).toEqual([
      { phase: 'closing', label: '关闭跑步机电源', sort: 20, active: true },
    ]);

    const opening = within(screen.getByTestId('items-opening'));
    fireEvent.click(opening.getByTestId('item-edit'));
    fireEvent.click(await screen.findByTestId('item-active'));
    fireEvent.click(screen.getByTestId('item-save'));
    await waitFor(() => expect(sent(calls, 'shifts.setChecklistItem')).toHaveLength(2));
    expect(sent(calls, 'shifts.setChecklistItem')[1]).toEqual({
      id: 'i-1',
      phase: 'opening',
      label: '开灯、开空调',
      sort: 10,
      active: false,
    });
  });

  it('shows the week’s roster and saves one cell when a colleague is added', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 5, 3, 10, 0));
    const calls = setup({
      'shifts.setRoster': (input: unknown) => {
        const { businessDate, templateId, staffIds } = input as {
          businessDate: string;
          templateId: string;
          staffIds: string[];
        };
        const names: Record<string, string> = { 'staff-li': '李娜', 'staff-duty': '周强' };
        return ok(
          staffIds.map((staffId) => ({
            businessDate,
            templateId,
            staffId,
            displayName: names[staffId]!,
          })),
        );
      },
    });
    renderWithMantine(<ShiftSetupScreen session={sessionAs('supervisor')} />);
    fireEvent.click(await screen.findByTestId('shiftsetup-tab-roster'));
    await screen.findByTestId('roster-table');
    expect(sent(calls, 'shifts.roster')).toEqual([{ from: '2026-06-01', to: '2026-06-07' }]);
    await waitFor(() => expect(useStaffDirectoryStore.getState().entries).toHaveLength(3));

    const cell = () =>
      screen
        .getAllByTestId('roster-cell')
        .find((c) => c.getAttribute('data-cell') === `2026-06-03|${early.id}`)!;
    const wednesday = screen
      .getAllByTestId('roster-day')
      .find((d) => d.getAttribute('data-date') === '2026-06-03')!;
    await waitFor(() => expect(wednesday.textContent).toContain('李娜'));
    expect(wednesday.textContent).toContain('today');

    fireEvent.click(cell());
    const listbox = document.getElementById(cell().getAttribute('aria-controls')!)!;
    fireEvent.click(within(listbox).getByText('周强'));
    await screen.findByTestId('roster-saved');
    expect(sent(calls, 'shifts.setRoster')).toEqual([
      { businessDate: '2026-06-03', templateId: early.id, staffIds: ['staff-li', 'staff-duty'] },
    ]);
    expect(
      useShiftSetupStore
        .getState()
        .roster.filter((e) => e.businessDate === '2026-06-03')
        .map((e) => e.staffId),
    ).toEqual(['staff-li', 'staff-duty']);

    fireEvent.click(screen.getByTestId('roster-next'));
    await waitFor(() =>
      expect(sent(calls, 'shifts.roster')).toContainEqual({ from: '2026-06-08', to: '2026-06-14' }),
    );
  });

  it('says so when the role may not keep shifts', async () => {
    fakeBridge({
      'shifts.templates': fail({ code: 'FORBIDDEN', reason: 'auth.role' }),
      'shifts.checklist': ok([]),
      'staff.directory': ok([]),
    });
    renderWithMantine(<ShiftSetupScreen session={sessionAs('receptionist')} />);
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
