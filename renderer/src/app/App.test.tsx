import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../features/auth/store';
import { useVaultStore } from '../features/setup/store';
import { fakeBridge, renderWithMantine } from '../test/render';
import { App } from './App';
import { useUiStore } from './uiStore';

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN', chosen: true });
  useSessionStore.setState({ session: null, loaded: false, switching: false });
  useVaultStore.setState({ bridged: true, status: null });
});

describe('App', () => {
  it('opens on first-run setup when there is no vault', async () => {
    fakeBridge({ 'vault.status': { ok: true, data: { state: 'absent' } } });
    renderWithMantine(<App />);
    expect(await screen.findByText('初始化本前台')).toBeTruthy();
  });

  it('explains a vault that cannot be opened and offers the recovery key when it helps', async () => {
    fakeBridge({
      'vault.status': {
        ok: true,
        data: { state: 'error', problem: 'KEY_UNAVAILABLE', recoverable: true },
      },
    });
    renderWithMantine(<App />);
    expect(await screen.findByTestId('vault-problem')).toBeTruthy();
    expect(screen.getByText('用恢复密钥打开')).toBeTruthy();
  });

  it('never renders the desk behind a locked session', async () => {
    fakeBridge({
      'vault.status': { ok: true, data: { state: 'open', siteName: '阳光健身' } },
      'session.get': {
        ok: true,
        data: {
          staffId: 's',
          displayName: '王芳',
          role: 'receptionist',
          locked: true,
          mustChangePin: false,
          colorScheme: 'auto',
          language: null,
        },
      },
    });
    renderWithMantine(<App />);
    expect(await screen.findByTestId('unlock-pin')).toBeTruthy();
    expect(screen.queryByTestId('on-duty-name')).toBeNull();
  });

  it('says so when opened outside the app', () => {
    useVaultStore.setState({ bridged: false });
    renderWithMantine(<App />);
    expect(screen.getByText('此页面必须在 Deskbook 应用内打开。')).toBeTruthy();
  });
});
