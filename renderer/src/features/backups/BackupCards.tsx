import { Badge, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarClock, IconDeviceFloppy, IconUsb } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { BackupStatus, BackupTargetStatus } from '../../../../shared/contract/backupViews';
import { useT } from '../../app/i18n';
import { formatAge, formatSize } from './format';

function TargetCard({ s, now }: { s: BackupTargetStatus; now: number }) {
  const t = useT();
  const good = s.lastGood;
  return (
    <Paper withBorder p="md" data-testid={`backup-target-${s.target}`} data-missing={s.missing}>
      <Group gap="sm" wrap="nowrap" mb={6}>
        <ThemeIcon variant="light" color={s.missing ? 'red' : 'blue'}>
          {s.target === 'local' ? <IconDeviceFloppy size={18} /> : <IconUsb size={18} />}
        </ThemeIcon>
        <Text fw={600}>{t(`backups.target.${s.target}`)}</Text>
        {s.missing && (
          <Badge color="red" variant="light">
            {t('backups.target.missing')}
          </Badge>
        )}
      </Group>
      {good ? (
        <Stack gap={2}>
          {/* Label above, time and age on one line: a third of 1366 px holds no more. */}
          <Text size="xs" c="dimmed">
            {t('backups.lastGoodLabel')}
          </Text>
          <Text size="sm" fw={500} data-testid="backup-last-good" style={{ whiteSpace: 'nowrap' }}>
            {t('backups.lastGoodValue', {
              time: dayjs(good.at).format('YYYY-MM-DD HH:mm'),
              age: formatAge(t, now - good.at),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {formatSize(good.size)}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('backups.noneYet')}
        </Text>
      )}
      {s.folder && (
        <Text size="xs" c="dimmed" mt={4} style={{ wordBreak: 'break-all' }} lineClamp={2}>
          {s.folder}
        </Text>
      )}
    </Paper>
  );
}

function NextCard({ status }: { status: BackupStatus }) {
  const t = useT();
  const next =
    status.next.kind === 'at'
      ? t('backups.next.at', { time: dayjs(status.next.at).format('MM-DD HH:mm') })
      : t('backups.next.afterHandover');
  const drill = status.drill;
  return (
    <Paper withBorder p="md" data-testid="backup-next">
      <Group gap="sm" wrap="nowrap" mb={6}>
        <ThemeIcon variant="light" color="grape">
          <IconCalendarClock size={18} />
        </ThemeIcon>
        <Text fw={600}>{t('backups.next.title')}</Text>
      </Group>
      <Text size="sm">{next}</Text>
      <Text size="sm" mt={6} data-testid="backup-drill-status" c={drill.due ? 'orange' : undefined}>
        {drill.lastAt
          ? t(drill.ok ? 'backups.drill.lastOk' : 'backups.drill.lastFailed', {
              date: dayjs(drill.lastAt).format('YYYY-MM-DD'),
            })
          : t('backups.drill.never')}
        {drill.due ? ` · ${t('backups.drill.due')}` : ''}
      </Text>
    </Paper>
  );
}

export function BackupCards({ status, now }: { status: BackupStatus; now: number }) {
  return (
    <SimpleGrid cols={3} spacing="md" mb="md">
      {status.targets.map((s) => (
        <TargetCard key={s.target} s={s} now={now} />
      ))}
      <NextCard status={status} />
    </SimpleGrid>
  );
}
