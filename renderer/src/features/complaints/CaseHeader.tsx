import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ComplaintView, EscalationTarget } from '../../../../shared/contract/complaintViews';
import { useT, type T } from '../../app/i18n';
import { Countdown } from './Countdown';
import { SEVERITY_COLOR } from './format';

export function targetName(t: T, target: EscalationTarget | null): string {
  if (!target) return '—';
  return target.staffName ?? (target.role ? t(`role.${target.role}`) : '—');
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** Number, state, severity, who owns it and where it stands, with the live countdown. */
export function CaseHeader({ view, offsetMs }: { view: ComplaintView; offsetMs: number }) {
  const t = useT();
  const esc = view.escalation;
  const withWho =
    view.level === 0
      ? t('complaint.level.owner')
      : t('complaint.with', { who: targetName(t, esc.current) });
  return (
    <Paper withBorder radius="md" p="md" data-testid="complaint-header">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={2} ff="monospace" data-testid="complaint-number">
              {view.number}
            </Title>
            <Badge
              size="lg"
              variant="filled"
              tt="none"
              data-testid="complaint-state"
              data-state={view.state}
            >
              {t(`complaint.state.${view.state}`)}
            </Badge>
            <Badge size="lg" variant="light" tt="none" color={SEVERITY_COLOR[view.severity]}>
              {t(`complaint.severity.${view.severity}`)}
            </Badge>
            <Badge size="lg" variant="outline" tt="none" color="gray">
              {t(`complaint.category.${view.category}`)}
            </Badge>
            {view.reopenedCount > 0 && (
              <Badge size="lg" color="grape" tt="none">
                {t('complaint.reopened', { count: view.reopenedCount })}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('complaint.received', {
              time: dayjs(view.receivedAt).format('YYYY-MM-DD HH:mm'),
              channel: t(`complaint.channel.${view.channel}`),
            })}
          </Text>
        </Stack>
        <Countdown c={view} offsetMs={offsetMs} size="lg" />
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} mt="md">
        <Fact label={t('complaint.owner')} value={view.ownerName} testId="complaint-owner" />
        <Fact label={t('complaint.firstReceiver')} value={view.firstReceiverName} />
        <Fact
          label={t('complaint.level')}
          value={`${view.level === 0 ? t('complaint.level.owner') : t('complaint.level.n', { level: view.level })}`}
          testId="complaint-level"
        />
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {withWho}
          </Text>
          {esc.next && esc.nextAt !== null && (
            <Text size="sm" data-testid="complaint-next-level">
              {t('complaint.nextLevel', {
                who: targetName(t, esc.next),
                time: dayjs(esc.nextAt).format('MM-DD HH:mm'),
              })}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      {view.transferToName && (
        <Text size="sm" c="yellow.8" mt="xs" data-testid="complaint-transfer-pending">
          {t('complaint.transferPending', { name: view.transferToName })}
        </Text>
      )}
    </Paper>
  );
}
