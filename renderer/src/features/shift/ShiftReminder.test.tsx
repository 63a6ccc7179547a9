import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { current, MIN, openShift, T0 } from './fixtures';
import { ShiftReminder } from './ShiftReminder';
import { useShiftStore } from './shiftStore';

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN' });
  useShiftStore.setState({ current: null, last: null, error: null, reminderDismissedFor: null });
  window.location.hash = '#/desk';
});

const answer = (handoverReminder: boolean) =>
  fakeBridge({
    'shifts.current': ok(current({ shift: openShift({ handoverReminder }), now: T0 + 380 * MIN })),
  });

describe('ShiftReminder (every screen)', () => {
  it('appears when main says the handover is due, and leads to the shift screen', async () => {
    answer(true);
    renderWithMantine(<ShiftReminder session={sessionAs('receptionist')} route="desk" />);
    const banner = await screen.findByTestId('shift-reminder');
    expect(banner.textContent).toContain('距本班结束还有 10 分钟，请准备交接班');
    fireEvent.click(screen.getByTestId('shift-reminder-action'));
    expect(window.location.hash).toBe('#/shift');
  });

  it('stays away before the reminder time', async () => {
    const calls = answer(false);
    renderWithMantine(<ShiftReminder session={sessionAs('receptionist')} route="desk" />);
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('shifts.current'));
    await waitFor(() => expect(useShiftStore.getState().current).not.toBeNull());
    expect(screen.queryByTestId('shift-reminder')).toBeNull();
  });

  it('is put away for this shift when closed', async () => {
    answer(true);
    renderWithMantine(<ShiftReminder session={sessionAs('receptionist')} route="clients" />);
    await screen.findByTestId('shift-reminder');
    fireEvent.click(screen.getByRole('button', { name: '本班不再提醒' }));
    await waitFor(() => expect(screen.queryByTestId('shift-reminder')).toBeNull());
    expect(useShiftStore.getState().reminderDismissedFor).toBe('shift-1');
  });

  it('is not shown on the shift screen itself, nor to those who do not hand over', async () => {
    const calls = answer(true);
    const { unmount } = renderWithMantine(
      <ShiftReminder session={sessionAs('receptionist')} route="shift" />,
    );
    unmount();
    renderWithMantine(<ShiftReminder session={sessionAs('consultant')} route="desk" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('shift-reminder')).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('no shift open (the reception screen)', () => {
  it('warns at the desk, in the language chosen, and leads to opening a shift', async () => {
    fakeBridge({
      'shifts.current': ok(current({ deskNotice: { kind: 'noShiftOpen', since: T0 } })),
    });
    renderWithMantine(<ShiftReminder session={sessionAs('receptionist')} route="desk" />);
    const notice = await screen.findByTestId('no-shift-notice');
    expect(notice.textContent).toContain('当前没有开班');
    expect(notice.textContent).toContain('开班前');
    fireEvent.click(screen.getByTestId('no-shift-open'));
    expect(window.location.hash).toBe('#/shift');
  });

  it('says nothing while a shift is open, nor on other screens', async () => {
    fakeBridge({ 'shifts.current': ok(current({ shift: openShift() })) });
    const first = renderWithMantine(
      <ShiftReminder session={sessionAs('receptionist')} route="desk" />,
    );
    await waitFor(() => expect(useShiftStore.getState().current).not.toBeNull());
    expect(screen.queryByTestId('no-shift-notice')).toBeNull();
    first.unmount();

    useShiftStore.setState({
      current: current({ deskNotice: { kind: 'noShiftOpen', since: null } }),
    });
    renderWithMantine(<ShiftReminder session={sessionAs('receptionist')} route="clients" />);
    expect(screen.queryByTestId('no-shift-notice')).toBeNull();
  });
});
