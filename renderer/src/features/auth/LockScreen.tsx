import { Avatar, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import { AuthLayout } from '../../app/AuthLayout';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useSessionStore } from './store';

/** Nothing of the desk is rendered behind this screen, so no record can show through. */
export function LockScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { unlock, setSwitching, logout } = useSessionStore();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failure = await unlock(pin);
    setBusy(false);
    setPin('');
    setError(failure);
  };

  return (
    <AuthLayout>
      <form onSubmit={submit}>
        <Stack>
          <Group gap="xs">
            <IconLock size={22} />
            <Title order={3}>{t('lock.title')}</Title>
          </Group>
          <Group>
            <Avatar color="teal" radius="xl" size="lg">
              {session.displayName.slice(0, 1)}
            </Avatar>
            <div>
              <Text fw={600} size="lg">
                {session.displayName}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`role.${session.role}`)}
              </Text>
            </div>
          </Group>
          <PasswordInput
            label={t('lock.pin')}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            autoFocus
            required
            size="md"
            data-testid="unlock-pin"
          />
          <ErrorAlert error={error} />
          <Button type="submit" size="md" loading={busy} data-testid="unlock-submit">
            {t('lock.unlock')}
          </Button>
          <Group grow>
            <Button
              variant="default"
              onClick={() => setSwitching(true)}
              data-testid="lock-switch-user"
            >
              {t('lock.switchUser')}
            </Button>
            <Button variant="subtle" color="gray" onClick={() => void logout()}>
              {t('lock.signOut')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" ta="center">
            {t('lock.privacy')}
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
