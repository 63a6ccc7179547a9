import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPuzzleOff } from '@tabler/icons-react';
import type { Module } from '../../../shared/domain/modules';
import { useT } from './i18n';
import { go } from './route';

/** A screen of a module this site does not use, reached by its address: why, and the way back. */
export function ModuleOff({ module }: { module: Module }) {
  const t = useT();
  return (
    <Center py={60}>
      <Paper withBorder p="xl" radius="lg" maw={520} data-testid="module-off">
        <Stack align="center" ta="center">
          <ThemeIcon size={56} radius="xl" color="gray" variant="light">
            <IconPuzzleOff size={32} />
          </ThemeIcon>
          <Title order={3}>{t(`modules.module.${module}`)}</Title>
          <Text>{t('errors.reason.module.off')}</Text>
          <Button variant="light" onClick={() => go('home')}>
            {t('forbidden.back')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
