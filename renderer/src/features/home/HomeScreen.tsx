import { Badge, Card, Group, Kbd, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClock, IconKeyboard, IconShieldLock } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { SessionView } from '../../../../shared/contract/views';
import { useT } from '../../app/i18n';
import { useVaultStore } from '../setup/store';
import { HomeCards } from './HomeCards';
import { MyCasesCard } from '../complaints/MyCasesCard';

function greetingKey(hour: number) {
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

export function HomeScreen({ session }: { session: SessionView }) {
  const t = useT();
  const siteName = useVaultStore((s) => s.status?.siteName);
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2} data-testid="home-greeting">
          {t(greetingKey(new Date().getHours()), { name: session.displayName })}
        </Title>
        <Group gap="xs" mt={6}>
          <Badge size="lg" variant="light">
            {t(`role.${session.role}`)}
          </Badge>
          <Text c="dimmed">{siteName}</Text>
        </Group>
      </div>
      <HomeCards role={session.role} />
      <MyCasesCard role={session.role} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder radius="lg" padding="lg">
          <Group mb="xs">
            <ThemeIcon variant="light" size="lg">
              <IconClock size={20} />
            </ThemeIcon>
            <Text fw={600}>{t('shell.onDuty')}</Text>
          </Group>
          <Text>{t('home.onDutySince', { time: dayjs(session.startedAt).format('HH:mm') })}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('home.idleLock', { minutes: session.idleLockMinutes })}
          </Text>
        </Card>
        <Card withBorder radius="lg" padding="lg">
          <Group mb="xs">
            <ThemeIcon variant="light" size="lg" color="indigo">
              <IconShieldLock size={20} />
            </ThemeIcon>
            <Text fw={600}>{t('home.vault')}</Text>
          </Group>
          <Badge color="teal" variant="dot" size="lg">
            {t('home.vaultOpen')}
          </Badge>
          <Text size="sm" c="dimmed" mt={6}>
            {t('lock.privacy')}
          </Text>
        </Card>
        <Card withBorder radius="lg" padding="lg">
          <Group mb="xs">
            <ThemeIcon variant="light" size="lg" color="grape">
              <IconKeyboard size={20} />
            </ThemeIcon>
            <Text fw={600}>{t('home.shortcuts')}</Text>
          </Group>
          <Stack gap={6}>
            <Group justify="space-between">
              <Text size="sm">{t('home.shortcut.lock')}</Text>
              <span>
                <Kbd>Ctrl</Kbd> + <Kbd>L</Kbd>
              </span>
            </Group>
            <Group justify="space-between">
              <Text size="sm">{t('home.shortcut.switch')}</Text>
              <span>
                <Kbd>Ctrl</Kbd> + <Kbd>Shift</Kbd> + <Kbd>U</Kbd>
              </span>
            </Group>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
