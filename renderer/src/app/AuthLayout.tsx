import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every screen shown before the desk itself: setup, sign-in, lock. */
export function AuthLayout({
  children,
  width = 420,
  subtitle,
}: {
  children: ReactNode;
  width?: number;
  subtitle?: string;
}) {
  const t = useT();
  return (
    <Box
      mih="100vh"
      bg="var(--mantine-color-body)"
      style={{
        backgroundImage:
          'linear-gradient(160deg, var(--mantine-color-teal-light) 0%, transparent 55%)',
      }}
    >
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center pb="xl">
        <Stack w={width} maw="92vw" gap="lg">
          <Group gap="sm" justify="center">
            <ThemeIcon size={44} radius="md" variant="filled">
              <IconBook2 size={26} />
            </ThemeIcon>
            <div>
              <Title order={2} lh={1.1}>
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed">
                {subtitle ?? t('app.tagline')}
              </Text>
            </div>
          </Group>
          <Paper withBorder shadow="md" p="xl" radius="lg">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
