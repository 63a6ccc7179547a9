import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { AuthLayout } from '../../app/AuthLayout';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatWait, useT } from '../../app/i18n';
import { useVaultStore } from '../setup/store';
import { useSessionStore } from './store';

/** Counts a lockout down to zero so the person sees when to try again. */
function useCountdown(ms: number | undefined): number {
  const [left, setLeft] = useState(ms ?? 0);
  useEffect(() => {
    setLeft(ms ?? 0);
    if (!ms) return;
    const end = Date.now() + ms;
    const id = setInterval(() => setLeft(Math.max(0, end - Date.now())), 1000);
    return () => clearInterval(id);
  }, [ms]);
  return left;
}

export function LoginScreen() {
  const t = useT();
  const siteName = useVaultStore((s) => s.status?.siteName);
  const { session, login, setSwitching } = useSessionStore();
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const wait = useCountdown(error?.code === 'LOCKED' ? error.retryAfterMs : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failure = await login(username.trim(), pin);
    setBusy(false);
    setPin('');
    setError(failure);
  };

  const attemptsLeft = error?.fields?.pin?.match(/^(\d+) attempts/)?.[1];
  return (
    <AuthLayout subtitle={siteName}>
      <form onSubmit={submit}>
        <Stack>
          <Title order={3}>{t('login.title')}</Title>
          {session && (
            <Alert variant="light" color="blue">
              {t('login.switchHint', { name: session.displayName })}
            </Alert>
          )}
          <TextInput
            label={t('login.username')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            autoFocus
            autoComplete="username"
            required
            size="md"
            data-testid="login-username"
          />
          <PasswordInput
            label={t('login.pin')}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            autoComplete="current-password"
            required
            size="md"
            data-testid="login-pin"
          />
          {error && <ErrorAlert error={wait > 0 ? { ...error, retryAfterMs: wait } : error} />}
          {attemptsLeft && (
            <Text size="sm" c="orange.8">
              {t('errors.attemptsLeft', { count: attemptsLeft })}
            </Text>
          )}
          <Button
            type="submit"
            size="md"
            loading={busy}
            disabled={wait > 0}
            data-testid="login-submit"
          >
            {wait > 0 ? formatWait(t, wait) : t('login.submit')}
          </Button>
          {session && (
            <Button variant="subtle" onClick={() => setSwitching(false)}>
              {t('login.backToLock')}
            </Button>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
