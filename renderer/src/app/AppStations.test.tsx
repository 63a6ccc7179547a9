import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HallBoardView, StationStatusView } from '../../../shared/contract/stationViews';
import type { Language } from '../../../shared/contract/views';
import { translate, type MessageKey, type Params } from '../../../shared/i18n';
import { call } from '../api/client';
import { useSessionStore } from '../features/auth/store';
import { useHallStore } from '../features/hall/store';
import { useStationStore } from '../features/setup/stationStore';
import { useVaultStore } from '../features/setup/store';
import { liveBridge } from '../test/liveBridge';
import { fakeBridge, renderWithMantine } from '../test/render';
import { App } from './App';
import { errorText } from './i18n';
import { useConnectionStore } from './live/connectionStore';
import { useUiStore } from './uiStore';

const ok = <T,>(data: T) => ({ ok: true, data });
const translator = (lang: Language) => (key: MessageKey, params?: Params) =>
  translate(lang, key, params);
const status = (patch: Partial<StationStatusView>): StationStatusView => ({
  role: 'desk',
  name: '泳池前台',
  vaultAddress: '192.168.1.20:47613',
  fingerprint: '3F2A-9C01-77AB-0D4E-B1C2-D3E4-F5A6-0718',
  revoked: false,
  ...patch,
});
const board: HallBoardView = {
  now: Date.now(),
  called: [{ number: 12, counter: '2', calledAt: Date.now() }],
  recent: [],
  waiting: 3,
  siteName: '阳光健身',
};

beforeEach(() => {
  useUiStore.setState({ language: 'en', chosen: true });
  useSessionStore.setState({ session: null, loaded: false, switching: false });
  useVaultStore.setState({ bridged: true, status: null });
  useStationStore.setState({ status: null, loaded: false });
  useHallStore.setState({ board: null, calls: 0, error: null });
  useConnectionStore.setState({ up: true, lastUpdate: null });
  window.location.hash = '';
});

describe('App on a station PC', () => {
  it('a hall display opens on the board, full window, and nobody signs in', async () => {
    const calls = fakeBridge({
      'station.status': ok(status({ role: 'display', name: '大厅叫号屏' })),
      'vault.status': ok({ state: 'open', siteName: '阳光健身' }),
      'hall.board': ok(board),
    });
    renderWithMantine(<App />);
    expect((await screen.findByTestId('hall-latest-number')).textContent).toBe('12');
    expect(screen.queryByTestId('login-username')).toBeNull();
    expect(calls.map((c) => c.channel)).toEqual(['station.status', 'hall.board']);
  });

  it('a removed desk says so; "pair again" forgets the pairing and goes to first run', async () => {
    let vault: unknown = ok({ state: 'open', siteName: '阳光健身' });
    const calls = fakeBridge({
      'station.status': ok(status({ revoked: true })),
      'vault.status': () => vault,
      'station.forget': () => {
        vault = ok({ state: 'absent' });
        return ok(status({ role: 'unset', name: null, vaultAddress: null, fingerprint: null }));
      },
    });
    renderWithMantine(<App />);
    expect(await screen.findByText('This desk was removed by the admin')).toBeTruthy();
    expect(screen.getByTestId('station-revoked').textContent).toContain('"泳池前台"');
    fireEvent.click(screen.getByTestId('pair-again'));
    expect(await screen.findByTestId('setup-mode')).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'station.forget')).toHaveLength(1);
  });

  it('a removed hall display is called a display, not a desk', async () => {
    fakeBridge({
      'station.status': ok(status({ role: 'display', name: 'Lobby TV', revoked: true })),
    });
    renderWithMantine(<App />);
    expect(await screen.findByText('This hall display was removed by the admin')).toBeTruthy();
    expect(screen.getByTestId('station-revoked').textContent).toContain(
      'No records are kept on this screen',
    );
  });

  it('any call refused with station.revoked reads station.status again', async () => {
    let revoked = false;
    fakeBridge({
      'station.status': () => ok(status({ revoked })),
      'vault.status': ok({ state: 'open', siteName: '阳光健身' }),
      'session.get': ok(null),
      'clients.list': {
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: 'revoked', reason: 'station.revoked' },
      },
    });
    renderWithMantine(<App />);
    await screen.findByTestId('login-username');
    revoked = true;
    await act(async () => {
      await call('clients.list', {});
    });
    expect(await screen.findByTestId('station-revoked')).toBeTruthy();
  });

  it('opens #/hall on the vault PC too, before anyone signs in', async () => {
    window.location.hash = '#/hall';
    fakeBridge({
      'station.status': ok(status({ role: 'vault', name: null, vaultAddress: null })),
      'vault.status': ok({ state: 'open', siteName: '阳光健身' }),
      'session.get': ok(null),
      'hall.board': ok(board),
    });
    renderWithMantine(<App />);
    expect((await screen.findByTestId('hall-waiting')).textContent).toBe('3');
    expect(screen.getByTestId('hall-close')).toBeTruthy();
  });

  it('words the connection bar as the line to the vault PC on a desk PC', async () => {
    const bridge = liveBridge({
      'station.status': ok(status({})),
      'vault.status': ok({ state: 'open', siteName: '阳光健身' }),
      'session.get': ok(null),
    });
    renderWithMantine(<App />);
    await screen.findByTestId('login-username');
    act(() => bridge.setUp(false));
    await waitFor(() =>
      expect(screen.getByTestId('connection-title').textContent).toBe(
        'No connection to the vault PC',
      ),
    );
    // A call refused meanwhile says which line is down.
    const refused = await call('queue.list');
    expect(refused.ok ? null : errorText(translator('en'), refused.error)).toBe(
      'The line to the vault PC is down, so nothing was saved. Try again when it is back.',
    );
    act(() => bridge.setUp(true));
    // On the vault PC itself the bar speaks of the app, as before.
    act(() => useStationStore.setState({ status: status({ role: 'vault' }) }));
    act(() => bridge.setUp(false));
    expect(screen.getByTestId('connection-title').textContent).toBe('No connection to the app');
    act(() => bridge.setUp(true));
  });
});
