import { Button, Stack, Text, Title } from '@mantine/core';
import { AuthLayout } from '../../app/AuthLayout';
import { useT } from '../../app/i18n';
import { ChangePinForm } from './ChangePinForm';
import { useSessionStore } from './store';

export function ChangePinScreen() {
  const t = useT();
  const logout = useSessionStore((s) => s.logout);
  return (
    <AuthLayout>
      <Stack>
        <Title order={3}>{t('changePin.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('changePin.intro')}
        </Text>
        <ChangePinForm />
        <Button variant="subtle" color="gray" onClick={() => void logout()}>
          {t('lock.signOut')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
