import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HallBoardView } from '../../../../shared/contract/stationViews';
import { useConnectionStore } from '../../app/live/connectionStore';
import { useUiStore } from '../../app/uiStore';
import { liveBridge } from '../../test/liveBridge';
import { renderWithMantine } from '../../test/render';
import { HallScreen } from './HallScreen';
import { isNewCall, useHallStore } from './store';

const T0 = new Date('2026-12-04T18:30:00').getTime();
const board = (patch: Partial<HallBoardView> = {}): HallBoardView => ({
  now: T0,
  called: [
    { number: 17, counter: '3', calledAt: T0 - 10_000 },
    { number: 15, counter: null, calledAt: T0 - 60_000 },
  ],
  recent: [
    { number: 14, counter: '1' },
    { number: 13, counter: '2' },
  ],
  waiting: 4,
  siteName: '阳光健身',
  ...patch,
});

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN' });
  useHallStore.setState({ board: null, calls: 0, error: null, offsetMs: 0 });
  useConnectionStore.setState({ up: true });
});

describe('HallScreen (叫号屏)', () => {
  it('shows the latest number big with its counter, the others, the served, waiting and site', async () => {
    liveBridge({ 'hall.board': { ok: true, data: board() } });
    renderWithMantine(<HallScreen />);
    expect((await screen.findByTestId('hall-latest-number')).textContent).toBe('17');
    expect(screen.getByTestId('hall-latest-counter').textContent).toBe('3 号窗口');
    const others = screen.getByTestId('hall-called');
    expect(within(others).getByText('15')).toBeTruthy();
    expect(within(others).getByText('请到前台办理')).toBeTruthy();
    expect(screen.getByTestId('hall-recent').textContent).toContain('14 13');
    expect(screen.getByTestId('hall-waiting').textContent).toBe('4');
    expect(screen.getByTestId('hall-site').textContent).toBe('阳光健身');
    expect(screen.getByTestId('hall-clock').textContent).toMatch(/^\d\d:\d\d$/);
    // Only a PC that is not a display offers the way back.
    expect(screen.queryByTestId('hall-close')).toBeNull();
  });

  it("follows main's push of view:hall.board without asking again, and reads it again when the line is back", async () => {
    const bridge = liveBridge({ 'hall.board': { ok: true, data: board() } });
    renderWithMantine(<HallScreen onClose={() => {}} />);
    await screen.findByTestId('hall-latest-number');
    expect(bridge.listening('view:hall.board')).toBe(true);
    expect(bridge.invoke).toHaveBeenCalledTimes(1);
    act(() =>
      bridge.emit(
        'view:hall.board',
        board({
          now: T0 + 5000,
          called: [{ number: 18, counter: '1', calledAt: T0 + 4000 }, ...board().called],
          waiting: 3,
        }),
      ),
    );
    expect(screen.getByTestId('hall-latest-number').textContent).toBe('18');
    expect(screen.getByTestId('hall-waiting').textContent).toBe('3');
    expect(useHallStore.getState().calls).toBe(1);
    expect(bridge.invoke).toHaveBeenCalledTimes(1);
    act(() => useConnectionStore.setState({ up: false }));
    expect(screen.getByText('正在重新连接……')).toBeTruthy();
    act(() => useConnectionStore.setState({ up: true }));
    expect(bridge.invoke).toHaveBeenCalledTimes(2);
  });

  it('says so when nobody is called', async () => {
    liveBridge({ 'hall.board': { ok: true, data: board({ called: [], recent: [] }) } });
    renderWithMantine(<HallScreen />);
    expect((await screen.findByTestId('hall-nobody')).textContent).toBe('当前没有叫号。');
    expect(screen.queryByTestId('hall-called')).toBeNull();
  });

  it('counts a call as new only when the latest was called after the one before', () => {
    const before = board();
    expect(isNewCall(null, before)).toBe(false);
    expect(isNewCall(before, board({ waiting: 9 }))).toBe(false);
    expect(isNewCall(before, board({ called: before.called.slice(1) }))).toBe(false);
    expect(isNewCall(before, board({ called: [{ number: 18, counter: '1', calledAt: T0 }] }))).toBe(
      true,
    );
    expect(isNewCall(board({ called: [] }), before)).toBe(true);
  });
});
