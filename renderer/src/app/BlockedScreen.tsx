import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from './i18n';
import { go } from './route';

/** A screen that cannot be shown here: an icon, what it is, why, and the way home. */
export function BlockedScreen({
  icon,
  color,
  title,
  body,
  testId,
}: {
  icon: ReactNode;
  color: string;
  title: string;
  body: string;
  testId: string;
}) {
  const t = useT();
  return (
    <Center py={60}>
      <Paper withBorder p="xl" radius="lg" maw={520} data-testid={testId}>
        <Stack align="center" ta="center">
          <ThemeIcon size={56} radius="xl" color={color} variant="light">
            {icon}
          </ThemeIcon>
          <Title order={3}>{title}</Title>
          <Text>{body}</Text>
          <Button variant="light" onClick={() => go('home')}>
            {t('forbidden.back')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
