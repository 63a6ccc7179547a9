import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { LoginScreen } from './LoginScreen';
import { useSessionStore } from './store';

function submit(username: string, pin: string) {
  fireEvent.change(screen.getByTestId('login-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('login-pin'), { target: { value: pin } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useSessionStore.setState({ session: null, loaded: true, switching: false });
});

describe('LoginScreen', () => {
  it('says how many attempts are left after a wrong PIN, and clears the PIN', async () => {
    const calls = fakeBridge({
      'auth.login': {
        ok: false,
        error: {
          code: 'UNAUTHENTICATED',
          message: 'x',
          reason: 'auth.badCredentials',
          fields: { pin: '3 attempts left' },
        },
      },
    });
    renderWithMantine(<LoginScreen />);
    submit(' wangfang ', '0000');
    expect(await screen.findByText('Wrong user name or PIN.')).toBeTruthy();
    expect(screen.getByText('3 attempts left before the account has to wait.')).toBeTruthy();
    expect((screen.getByTestId('login-pin') as HTMLInputElement).value).toBe('');
    expect(calls[0]).toEqual({
      channel: 'auth.login',
      input: { username: 'wangfang', pin: '0000' },
    });
  });

  it('shows the lockout wait and disables the button', async () => {
    fakeBridge({
      'auth.login': {
        ok: false,
        error: {
          code: 'LOCKED',
          message: 'x',
          reason: 'auth.tooManyAttempts',
          retryAfterMs: 60_000,
        },
      },
    });
    renderWithMantine(<LoginScreen />);
    submit('wangfang', '0000');
    expect(await screen.findByText(/Too many wrong PINs\. Try again in (60|59) s\./)).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByTestId('login-submit') as HTMLButtonElement).disabled).toBe(true),
    );
  });

  it('a successful sign-in puts the session in the store', async () => {
    const session = { staffId: 's1', displayName: '王芳', role: 'receptionist', locked: false };
    fakeBridge({ 'auth.login': { ok: true, data: session } });
    renderWithMantine(<LoginScreen />);
    submit('wangfang', '1357');
    await waitFor(() =>
      expect(useSessionStore.getState().session).toMatchObject({ displayName: '王芳' }),
    );
  });
});
