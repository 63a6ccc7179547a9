import { Notifications, notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  LanSettingsView,
  PairingCodeView,
  StationView,
} from '../../../../shared/contract/stationViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok } from '../clients/fixtures';
import { PAIRING_POLL_MS } from './AddStationModal';
import { StationsScreen } from './StationsScreen';
import { countdown, groupedCode, useStationsStore } from './store';

const T0 = new Date('2026-12-04T18:00:00').getTime();
const FP = '3F2A-9C01-77AB-0D4E-B1C2-D3E4-F5A6-0718';
const lan = (patch: Partial<LanSettingsView> = {}): LanSettingsView => ({
  enabled: true,
  port: 47613,
  listening: true,
  problem: null,
  fingerprint: FP,
  addresses: ['192.168.1.20'],
  ...patch,
});
const station = (patch: Partial<StationView> = {}): StationView => ({
  id: 'st-1',
  name: '前台二号',
  kind: 'desk',
  pairedAt: T0 - 86_400_000,
  pairedByName: '张伟',
  lastSeenAt: T0 - 60_000,
  lastAddress: '192.168.1.31',
  connected: true,
  revokedAt: null,
  revokedByName: null,
  ...patch,
});
const code: PairingCodeView = {
  code: '12345678',
  name: 'Pool desk',
  kind: 'desk',
  expiresAt: T0 + 10 * 60_000,
  fingerprint: FP,
  port: 47613,
  addresses: ['192.168.1.20'],
};
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

function renderScreen() {
  return renderWithMantine(
    <>
      <Notifications />
      <StationsScreen />
    </>,
  );
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useStationsStore.setState({ lan: null, stations: [], pairing: null, knownAtPairing: [] });
});
afterEach(() => {
  act(() => notifications.clean());
  vi.useRealTimers();
});

describe('StationsScreen (局域网前台)', () => {
  it('turns the LAN listener on with its port; shows addresses, fingerprint and a problem', async () => {
    let current = lan({ enabled: false, listening: false, fingerprint: null });
    const calls = fakeBridge({
      'lan.get': () => ok(current),
      'stations.list': ok([]),
      'lan.update': (input: unknown) => {
        current = lan({ ...(input as object), listening: false, problem: 'lan.portInUse' });
        return ok(current);
      },
    });
    renderScreen();
    await screen.findByTestId('lan-card');
    expect(screen.getByText('Made when the listener is first turned on.')).toBeTruthy();
    expect((screen.getByTestId('stations-add') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('stations-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('lan-enabled'));
    fireEvent.change(screen.getByTestId('lan-port'), { target: { value: '47700' } });
    fireEvent.click(screen.getByTestId('lan-save'));
    expect((await screen.findByTestId('lan-problem')).textContent).toBe(
      'Another program uses this port. Choose another port.',
    );
    expect(sent(calls, 'lan.update')).toEqual([{ enabled: true, port: 47700 }]);
    expect(screen.getByTestId('lan-addresses').textContent).toBe('192.168.1.20:47700');
    expect(screen.getByTestId('fingerprint').getAttribute('data-value')).toBe(FP);
  });

  it('looks again while the listener starts, until it listens', async () => {
    let reads = 0;
    const calls = fakeBridge({
      'lan.get': () => {
        reads += 1;
        return ok(reads < 3 ? lan({ listening: false }) : lan());
      },
      'stations.list': ok([]),
    });
    renderScreen();
    expect((await screen.findByTestId('lan-starting')).textContent).toBe('Starting...');
    expect((screen.getByTestId('stations-add') as HTMLButtonElement).disabled).toBe(true);
    await screen.findByTestId('lan-listening', {}, { timeout: 3000 });
    expect((screen.getByTestId('stations-add') as HTMLButtonElement).disabled).toBe(false);
    const after = sent(calls, 'lan.get').length;
    await new Promise((r) => setTimeout(r, 700));
    expect(sent(calls, 'lan.get').length).toBe(after);
  });

  it('lists paired stations with connection and who paired them, the removed ones greyed last', async () => {
    fakeBridge({
      'lan.get': ok(lan()),
      'stations.list': ok([
        station({ id: 'st-3', name: '旧前台', revokedAt: T0, revokedByName: '张伟' }),
        station(),
        station({
          id: 'st-2',
          name: '大厅屏',
          kind: 'display',
          connected: false,
          lastSeenAt: null,
        }),
      ]),
    });
    renderScreen();
    await waitFor(() => expect(screen.getAllByTestId('station-row')).toHaveLength(3));
    const rows = screen.getAllByTestId('station-row');
    expect(rows.map((r) => r.getAttribute('data-station'))).toEqual([
      '前台二号',
      '大厅屏',
      '旧前台',
    ]);
    expect(rows[0]!.textContent).toContain('Connected');
    expect(rows[0]!.textContent).toContain('192.168.1.31');
    expect(rows[0]!.textContent).toContain('by 张伟');
    expect(rows[1]!.textContent).toContain('Hall display');
    expect(rows[1]!.textContent).toContain('Never');
    expect(within(rows[1]!).getByTestId('station-connected').getAttribute('data-connected')).toBe(
      'false',
    );
    expect(rows[2]!.getAttribute('data-revoked')).toBe('true');
    expect(rows[2]!.style.opacity).toBe('0.5');
    expect(within(rows[2]!).queryByTestId('station-revoke')).toBeNull();
  });

  it('Add a desk: the big code, its countdown, address and fingerprint; closes when the desk appears', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(T0);
    let listed = [station()];
    const calls = fakeBridge({
      'lan.get': ok(lan()),
      'stations.list': () => ok(listed),
      'stations.pairingStart': ok(code),
    });
    renderScreen();
    await screen.findAllByTestId('station-row');
    fireEvent.click(screen.getByTestId('stations-add'));
    fireEvent.change(await screen.findByTestId('pairing-name'), {
      target: { value: 'Pool desk' },
    });
    fireEvent.click(screen.getByTestId('pairing-submit'));
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('1234-5678');
    expect(sent(calls, 'stations.pairingStart')).toEqual([{ name: 'Pool desk', kind: 'desk' }]);
    expect(screen.getByTestId('pairing-countdown').textContent).toBe('Valid for 10:00');
    expect(screen.getByTestId('pairing-addresses').textContent).toBe('192.168.1.20:47613');
    expect(
      within(screen.getByTestId('pairing-code-panel')).getByTestId('fingerprint').textContent,
    ).toBe(FP.replaceAll('-', ''));
    await act(() => vi.advanceTimersByTimeAsync(PAIRING_POLL_MS));
    expect(screen.getByTestId('pairing-countdown').textContent).toBe('Valid for 9:58');
    expect(screen.getByTestId('pairing-code')).toBeTruthy();
    const polls = sent(calls, 'stations.list').length;
    listed = [station(), station({ id: 'st-9', name: 'Pool desk' })];
    await act(() => vi.advanceTimersByTimeAsync(PAIRING_POLL_MS));
    expect(sent(calls, 'stations.list').length).toBe(polls + 1);
    expect(await screen.findByText('Pool desk paired.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('pairing-code')).toBeNull());
    expect(sent(calls, 'stations.pairingCancel')).toEqual([]);
  });

  it('an expired code says so and offers a new one; cancel ends the code in main', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(code.expiresAt + 1000);
    const calls = fakeBridge({
      'lan.get': ok(lan()),
      'stations.list': ok([]),
      'stations.pairingStart': ok(code),
      'stations.pairingCancel': ok({ cancelled: true }),
    });
    renderScreen();
    await screen.findByTestId('lan-card');
    fireEvent.click(screen.getByTestId('stations-add'));
    fireEvent.change(await screen.findByTestId('pairing-name'), { target: { value: 'Pool desk' } });
    fireEvent.click(screen.getByTestId('pairing-submit'));
    expect((await screen.findByTestId('pairing-expired')).textContent).toBe(
      'This code has expired.',
    );
    fireEvent.click(screen.getByTestId('pairing-again'));
    await waitFor(() => expect(sent(calls, 'stations.pairingStart')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('pairing-cancel'));
    await waitFor(() => expect(sent(calls, 'stations.pairingCancel')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('pairing-code')).toBeNull());
  });

  it('removes a station only after the confirm, and says a refused code reason in words', async () => {
    let listed = [station()];
    const calls = fakeBridge({
      'lan.get': ok(lan()),
      'stations.list': () => ok(listed),
      'stations.revoke': () => {
        listed = [station({ revokedAt: T0, revokedByName: '张伟', connected: false })];
        return ok(listed[0]);
      },
      'stations.pairingStart': {
        ok: false,
        error: { code: 'CONFLICT', message: 'off', reason: 'lan.off' },
      },
    });
    renderScreen();
    fireEvent.click(await screen.findByTestId('station-revoke'));
    expect(await screen.findByText('Remove "前台二号"?')).toBeTruthy();
    expect(sent(calls, 'stations.revoke')).toEqual([]);
    fireEvent.click(screen.getByTestId('station-revoke-confirm'));
    expect(await screen.findByText('前台二号 removed.')).toBeTruthy();
    expect(sent(calls, 'stations.revoke')).toEqual([{ stationId: 'st-1' }]);
    await waitFor(() =>
      expect(screen.getByTestId('station-row').getAttribute('data-revoked')).toBe('true'),
    );
    fireEvent.click(screen.getByTestId('stations-add'));
    fireEvent.change(await screen.findByTestId('pairing-name'), { target: { value: 'X' } });
    fireEvent.click(screen.getByTestId('pairing-submit'));
    expect((await screen.findByTestId('error-alert')).textContent).toBe(
      'Turn on the LAN listener first.',
    );
  });

  it('formats the countdown and the code', () => {
    expect(countdown(600_000)).toBe('10:00');
    expect(countdown(59_001)).toBe('1:00');
    expect(countdown(-5)).toBe('0:00');
    expect(groupedCode('12345678')).toBe('1234-5678');
  });
});
