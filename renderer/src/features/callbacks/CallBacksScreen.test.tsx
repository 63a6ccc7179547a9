import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallBackView, MyCallBacks } from '../../../../shared/contract/callBackViews';
import { MantineProvider } from '@mantine/core';
import { theme } from '../../app/theme';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok } from '../clients/fixtures';
import { callTime, CallBacksScreen } from './CallBacksScreen';
import { CallBacksNavBadge } from './CallBacksNavBadge';
import { useCallBacksStore } from './store';

const NOW = Date.now();

function callBack(patch: Partial<CallBackView> = {}): CallBackView {
  return {
    id: 'call-1',
    businessDate: '2026-12-02',
    at: NOW - 3_600_000,
    callerName: '何先生',
    callbackPhone: '13711112222',
    purpose: '咨询私教课程',
    appointment: true,
    route: 'rotation',
    consultantId: 'staff-liu',
    consultantName: '刘洋',
    messageId: null,
    takenByName: '王芳',
    via: 'rotation',
    calledBackAt: null,
    calledBackByName: null,
    calledBackNote: null,
    ...patch,
  };
}

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useCallBacksStore.setState({ mine: null, error: null });
});

describe('CallBacksScreen (我的回电)', () => {
  it('lists who to call back with the number to dial; Enter in the note says it is done', async () => {
    const mine: MyCallBacks = {
      open: [callBack(), callBack({ id: 'call-2', callerName: '孙女士', via: 'message' })],
      doneToday: [],
    };
    const calls = fakeBridge({
      'calls.mine': ok(mine),
      'calls.calledBack': ok(
        callBack({ calledBackAt: NOW, calledBackByName: '刘洋', calledBackNote: '已约周六体验' }),
      ),
    });
    renderWithMantine(<CallBacksScreen />);
    const open = await screen.findAllByTestId('callback-open');
    expect(open).toHaveLength(2);
    expect(open[0]!.textContent).toContain('13711112222');
    expect(open[0]!.textContent).toContain('Wants an appointment');
    expect(open[1]!.textContent).toContain('Left for you');
    // The first caller's note box has focus, so the consultant can type and press Enter.
    const note = screen.getAllByTestId('callback-note')[0]!;
    expect(document.activeElement).toBe(note);
    fireEvent.change(note, { target: { value: ' 已约周六体验 ' } });
    fireEvent.keyDown(note, { key: 'Enter' });
    await waitFor(() =>
      expect(sent(calls, 'calls.calledBack')).toEqual([{ callId: 'call-1', note: '已约周六体验' }]),
    );
    await waitFor(() => expect(screen.getAllByTestId('callback-open')).toHaveLength(1));
    expect(screen.getByTestId('callback-done-row').textContent).toContain('已约周六体验');
  });

  it('sends no note when none was typed, and shows main’s refusal', async () => {
    const calls = fakeBridge({
      'calls.mine': ok({ open: [callBack()], doneToday: [] }),
      'calls.calledBack': fail({
        code: 'FORBIDDEN',
        message: 'no',
        reason: 'calls.notYours',
      }),
    });
    renderWithMantine(<CallBacksScreen />);
    fireEvent.click(await screen.findByTestId('callback-done'));
    await waitFor(() => expect(sent(calls, 'calls.calledBack')).toEqual([{ callId: 'call-1' }]));
    expect(
      await screen.findByText('This call was passed to someone else; they call it back.'),
    ).toBeTruthy();
    expect(screen.getAllByTestId('callback-open')).toHaveLength(1);
  });

  it('says so when nobody is waiting', async () => {
    fakeBridge({ 'calls.mine': ok({ open: [], doneToday: [] }) });
    renderWithMantine(<CallBacksScreen />);
    expect((await screen.findByTestId('callbacks-none')).textContent).toBe(
      'Nobody is waiting for a call back.',
    );
  });

  it('shows the date of a call that waited overnight', () => {
    const today = new Date(2026, 11, 2, 9, 5).getTime();
    expect(callTime(today, today)).toBe('09:05');
    expect(callTime(today - 86_400_000, today)).toBe('12-01 09:05');
  });
});

describe('CallBacksNavBadge', () => {
  it('counts the open call-backs of whoever is signed in, and reads again for the next person', async () => {
    let answer: MyCallBacks = { open: [callBack(), callBack({ id: 'call-2' })], doneToday: [] };
    const calls = fakeBridge({ 'calls.mine': () => ok(answer) });
    const { rerender } = renderWithMantine(<CallBacksNavBadge staffId="staff-liu" />);
    expect((await screen.findByTestId('nav-callbacks-count')).textContent).toBe('2');
    answer = { open: [], doneToday: [] };
    rerender(
      <MantineProvider theme={theme}>
        <CallBacksNavBadge staffId="staff-chen" />
      </MantineProvider>,
    );
    await waitFor(() => expect(screen.queryByTestId('nav-callbacks-count')).toBeNull());
    expect(sent(calls, 'calls.mine')).toHaveLength(2);
  });
});
