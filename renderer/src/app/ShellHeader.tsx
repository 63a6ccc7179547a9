import {
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconBook2, IconLock } from '@tabler/icons-react';
import { memo } from 'react';
import type { SessionView } from '../../../shared/contract/views';
import { useSessionStore } from '../features/auth/store';
import { JobsIndicator } from '../features/jobs/JobsIndicator';
import { useVaultStore } from '../features/setup/store';
import { useT } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

/**
 * The bar above every screen. Memoised: a page switch changes the route, not the header,
 * so the header (its menus, tooltips and language switch) is not drawn again for it.
 */
export const ShellHeader = memo(function ShellHeader({
  session,
  opened,
  onBurger,
}: {
  session: SessionView;
  opened: boolean;
  onBurger: () => void;
}) {
  const t = useT();
  const lock = useSessionStore((s) => s.lock);
  const siteName = useVaultStore((s) => s.status?.siteName);
  return (
    <AppShell.Header>
      <Group h="100%" px="md" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Burger opened={opened} onClick={onBurger} hiddenFrom="sm" size="sm" />
          <ThemeIcon size={36} radius="md">
            <IconBook2 size={22} />
          </ThemeIcon>
          <div style={{ lineHeight: 1.1 }}>
            <Title order={4}>{t('app.name')}</Title>
            <Text size="xs" c="dimmed" data-testid="site-name">
              {siteName}
            </Text>
          </div>
        </Group>
        <Group gap="md" wrap="nowrap">
          <JobsIndicator />
          <LanguageSwitch />
          <Tooltip label={t('shell.lockHint')}>
            <Button
              variant="light"
              leftSection={<IconLock size={16} />}
              rightSection={<Kbd size="xs">Ctrl L</Kbd>}
              onClick={() => void lock()}
              data-testid="lock-button"
            >
              {t('shell.lock')}
            </Button>
          </Tooltip>
          <UserMenu session={session} />
        </Group>
      </Group>
    </AppShell.Header>
  );
});
