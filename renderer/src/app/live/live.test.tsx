import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionView } from '../../../../shared/contract/views';
import { call } from '../../api/client';
import { useSessionStore } from '../../features/auth/store';
import { liveBridge } from '../../test/liveBridge';
import { theme } from '../theme';
import { useUiStore } from '../uiStore';
import { ConnectionBar } from './ConnectionBar';
import { startLive } from './live';

const consultant: SessionView = {
  staffId: 's-liu',
  username: 'liuyang',
  displayName: '刘洋',
  role: 'consultant',
  locked: false,
  mustChangePin: false,
  language: 'en',
  colorScheme: 'light',
  startedAt: 0,
  idleLockMinutes: 10,
};

let stop: () => void = () => {};
afterEach(() => {
  stop();
  act(() => notifications.clean());
});

function renderApp() {
  return render(
    <MantineProvider theme={theme}>
      <Notifications />
      <ConnectionBar />
    </MantineProvider>,
  );
}

describe('a lost connection', () => {
  it('shows one bar, refuses calls without sending them, and reads the session and stores when back', async () => {
    useUiStore.getState().setLanguage('en');
    const bridge = liveBridge({ 'session.get': { ok: true, data: consultant } });
    stop = startLive();
    renderApp();
    await act(async () => {
      await call('session.get');
    });
    expect(screen.queryByTestId('connection-bar')).toBeNull();

    act(() => bridge.setUp(false));
    expect(screen.getByTestId('connection-bar').textContent).toMatch(
      /No connection.*Last update at/,
    );
    bridge.invoke.mockClear();
    const refused = await call('desk.tagsOut');
    expect(refused).toMatchObject({ ok: false, error: { reason: 'transport.offline' } });
    expect(bridge.invoke).not.toHaveBeenCalled();

    act(() => bridge.setUp(true));
    expect(screen.queryByTestId('connection-bar')).toBeNull();
    await waitFor(() => expect(useSessionStore.getState().session).toEqual(consultant));
    const asked = bridge.invoke.mock.calls.map(([channel]) => channel);
    expect(asked[0]).toBe('session.get');
    // What a consultant may read is read again; what the desk alone may read is not asked for.
    await waitFor(() =>
      expect(bridge.invoke.mock.calls.map(([c]) => c)).toContain('rotation.today'),
    );
    expect(bridge.invoke.mock.calls.map(([c]) => c)).not.toContain('visitors.waiting');
  });

  it('after a restart of main, no session: the desk goes back to sign-in and reads nothing else', async () => {
    const bridge = liveBridge({ 'session.get': { ok: true, data: null } });
    stop = startLive();
    act(() => bridge.setUp(false));
    act(() => bridge.setUp(true));
    await waitFor(() => expect(useSessionStore.getState().loaded).toBe(true));
    expect(useSessionStore.getState().session).toBeNull();
    expect(bridge.invoke.mock.calls.map(([c]) => c)).toEqual(['session.get']);
  });
});

describe('notices from main', () => {
  it('a visitor assigned to me shows a toast with their name', async () => {
    useUiStore.getState().setLanguage('zh-CN');
    const bridge = liveBridge();
    stop = startLive();
    renderApp();
    act(() =>
      bridge.emit('notice.raised', {
        kind: 'visitorAssigned',
        visitorId: 'v-1',
        visitorName: '韩雪',
        passedOn: false,
      }),
    );
    expect(await screen.findByText('有访客找您')).toBeTruthy();
    expect(screen.getByText('韩雪 正在前台等候。')).toBeTruthy();
    expect(bridge.invoke).not.toHaveBeenCalled();
  });
});
