import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLockAccess } from '@tabler/icons-react';
import type { ChannelName } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import { useT } from './i18n';
import { rolesFor } from './nav';
import { go } from './route';

/** What a person sees when main refused a screen to their role: why, and the way back. */
export function Forbidden({
  channel,
  feature,
  role,
}: {
  channel: ChannelName;
  feature: string;
  role: Role;
}) {
  const t = useT();
  const allowed = rolesFor(channel);
  const roles = allowed === 'public' ? '' : allowed.map((r) => t(`role.${r}`)).join(' / ');
  return (
    <Center py={60}>
      <Paper withBorder p="xl" radius="lg" maw={520} data-testid="forbidden">
        <Stack align="center" ta="center">
          <ThemeIcon size={56} radius="xl" color="orange" variant="light">
            <IconLockAccess size={32} />
          </ThemeIcon>
          <Title order={3}>{t('forbidden.title')}</Title>
          <Text>{t('forbidden.body', { feature, roles, role: t(`role.${role}`) })}</Text>
          <Button variant="light" onClick={() => go('home')}>
            {t('forbidden.back')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
