import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JoinedView } from '../../../../shared/contract/stationViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok } from '../clients/fixtures';
import { SetupScreen } from './SetupScreen';
import { useStationStore } from './stationStore';
import { formatCode, splitAddress } from './JoinPanel';
import { useVaultStore } from './store';

const FP = '3F2A-9C01-77AB-0D4E-B1C2-D3E4-F5A6-0718';
const joined: JoinedView = {
  name: '泳池前台',
  kind: 'desk',
  fingerprint: FP,
  vaultAddress: '192.168.1.20:47613',
};
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useStationStore.setState({ status: null, loaded: true });
  useVaultStore.setState({ bridged: true, status: { state: 'absent' } });
});

function openJoin() {
  renderWithMantine(<SetupScreen />);
  fireEvent.click(screen.getByText('Join a vault PC'));
}

function fill(host: string, port: string, code: string) {
  fireEvent.change(screen.getByTestId('join-host'), { target: { value: host } });
  fireEvent.change(screen.getByTestId('join-port'), { target: { value: port } });
  fireEvent.change(screen.getByTestId('join-code'), { target: { value: code } });
  fireEvent.click(screen.getByTestId('join-submit'));
}

describe('joining a vault PC at first run', () => {
  it('writes the code as 1234-5678 while it is typed', () => {
    expect(formatCode('1234')).toBe('1234');
    expect(formatCode('12345')).toBe('1234-5');
    expect(formatCode('1234 5678 9')).toBe('1234-5678');
  });

  it('marks the fields main names on VALIDATION, and says a wrong code in words', async () => {
    let answer: unknown = {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'invalid',
        fields: { host: 'a host name or an IP address', code: 'eight digits' },
      },
    };
    const calls = fakeBridge({ 'station.join': () => answer });
    openJoin();
    expect((screen.getByTestId('join-port') as HTMLInputElement).value).toBe('47613');
    fill('http://x/', '47613', '123');
    expect(
      await screen.findByText('Enter an IP address or a host name, without http:// or a path.'),
    ).toBeTruthy();
    expect(screen.getByText('Eight digits, e.g. 1234-5678.')).toBeTruthy();
    // Every field it named is marked: no second "check the form" under it.
    expect(screen.queryByTestId('error-alert')).toBeNull();
    expect(sent(calls, 'station.join')[0]).toEqual({ host: 'http://x/', port: 47613, code: '123' });

    answer = {
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'wrong', reason: 'pairing.wrongCode' },
    };
    fill('192.168.1.20', '47613', '12345679');
    expect((await screen.findByTestId('error-alert')).textContent).toBe(
      'That code is not right. Check the 8 digits on the vault PC.',
    );
    expect(sent(calls, 'station.join')[1]).toEqual({
      host: '192.168.1.20',
      port: 47613,
      code: '1234-5679',
    });
  });

  it('shows the station and the fingerprint to compare; Same reads what this PC is now', async () => {
    const calls = fakeBridge({
      'station.join': ok(joined),
      'station.status': ok({
        role: 'desk',
        name: '泳池前台',
        vaultAddress: '192.168.1.20:47613',
        fingerprint: FP,
        revoked: false,
      }),
      'vault.status': ok({ state: 'open', siteName: '阳光健身' }),
    });
    openJoin();
    fill('192.168.1.20', '47613', '12345678');
    await screen.findByTestId('joined-panel');
    expect(screen.getByTestId('joined-name').textContent).toBe('泳池前台');
    expect(screen.getByTestId('joined-kind').textContent).toBe('Desk PC');
    expect(screen.getByTestId('joined-address').textContent).toBe('192.168.1.20:47613');
    expect(screen.getByTestId('fingerprint').textContent).toBe(FP.replaceAll('-', ''));
    expect(screen.getByText('3F2A')).toBeTruthy();
    // The switch to "create a vault" is gone while the pairing is being checked.
    expect(screen.queryByTestId('setup-mode')).toBeNull();
    fireEvent.click(screen.getByTestId('joined-same'));
    await waitFor(() => expect(useVaultStore.getState().status?.state).toBe('open'));
    expect(useStationStore.getState().status?.role).toBe('desk');
    expect(sent(calls, 'station.forget')).toEqual([]);
  });

  it('Different forgets the pairing and says why, back on the form', async () => {
    const calls = fakeBridge({
      'station.join': ok({ ...joined, kind: 'display' }),
      'station.forget': ok({
        role: 'unset',
        name: null,
        vaultAddress: null,
        fingerprint: null,
        revoked: false,
      }),
    });
    openJoin();
    fill('192.168.1.20', '47613', '12345678');
    await screen.findByTestId('joined-panel');
    expect(screen.getByTestId('joined-kind').textContent).toBe('Hall display');
    fireEvent.click(screen.getByTestId('joined-different'));
    expect(await screen.findByTestId('join-forgotten')).toBeTruthy();
    expect(sent(calls, 'station.forget')).toHaveLength(1);
    expect(screen.getByTestId('join-form')).toBeTruthy();
    expect((screen.getByTestId('join-code') as HTMLInputElement).value).toBe('');
  });
});

describe('a browser served by the vault PC (a hall display on a TV)', () => {
  const browser = {
    role: 'unset' as const,
    name: null,
    vaultAddress: '192.168.1.20:47613',
    fingerprint: null,
    revoked: false,
    joinOnly: true,
  };

  it('offers joining only, with the address it was served from', async () => {
    useStationStore.setState({ status: browser, loaded: true });
    const calls = fakeBridge({ 'station.join': ok({ ...joined, kind: 'display' }) });
    renderWithMantine(<SetupScreen />);
    expect(screen.queryByTestId('setup-mode')).toBeNull();
    expect(screen.queryByTestId('setup-submit')).toBeNull();
    expect(screen.queryByTestId('setup-restore')).toBeNull();
    expect(screen.getByTestId('join-intro').textContent).toContain('192.168.1.20:47613');
    fireEvent.change(screen.getByTestId('join-code'), { target: { value: '12345678' } });
    fireEvent.click(screen.getByTestId('join-submit'));
    await screen.findByTestId('joined-panel');
    expect(sent(calls, 'station.join')).toEqual([
      { host: '192.168.1.20', port: 47613, code: '1234-5678' },
    ]);
  });

  it('splits an IPv6 address with its port', () => {
    expect(splitAddress('[fe80::1]:47613')).toEqual({ host: 'fe80::1', port: 47613 });
    expect(splitAddress('deskbook.local')).toEqual({ host: 'deskbook.local', port: 47613 });
  });
});
