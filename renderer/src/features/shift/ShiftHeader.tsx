import { Alert, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconAlarm, IconArrowsExchange } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ShiftView } from '../../../../shared/contract/shiftViews';
import { useT } from '../../app/i18n';
import { money } from '../desk/format';
import { plannedText, STATUS_COLOR, timeLeft } from './format';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** The shift at a glance: which, which day, its window and how long is left. */
export function ShiftHeader({
  shift,
  now,
  actions,
}: {
  shift: ShiftView;
  now: number;
  actions?: ReactNode;
}) {
  const t = useT();
  const left = timeLeft(t, shift.plannedEnd, now);
  const atWork = shift.status === 'opening' || shift.status === 'open';
  return (
    <Paper withBorder radius="lg" p="md" data-testid="shift-header" data-status={shift.status}>
      <Group justify="space-between" align="center" gap="lg">
        <Group gap="xl" align="center">
          <Group gap="sm" wrap="nowrap">
            <Title order={3} data-testid="shift-name">
              {shift.name}
            </Title>
            <Badge
              size="lg"
              variant="light"
              color={STATUS_COLOR[shift.status]}
              data-testid="shift-status"
            >
              {t(`shift.status.${shift.status}`)}
            </Badge>
          </Group>
          <Fact label={t('shift.header.date')} testId="shift-date">
            {shift.businessDate}
          </Fact>
          <Fact label={t('shift.header.planned')} testId="shift-window">
            {plannedText(shift.plannedStart, shift.plannedEnd)}
          </Fact>
          {atWork && now < shift.plannedStart && (
            <Fact label={t('shift.header.startsIn')} testId="shift-starts-in">
              {timeLeft(t, shift.plannedStart, now).text}
            </Fact>
          )}
          {atWork && now >= shift.plannedStart && (
            <Fact label={t('shift.header.timeLeft')} testId="shift-time-left">
              <Text span fw={700} c={left.over ? 'red' : undefined}>
                {left.text}
              </Text>
            </Fact>
          )}
          <Fact label={t('shift.header.float')} testId="shift-float">
            {money(shift.openingFloatCents)}
          </Fact>
        </Group>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Paper>
  );
}

/** From shortly before the planned end: prepare the handover (main decides when). */
export function ReminderBanner({
  end,
  now,
  onPrepare,
  busy,
  compact,
  onClose,
}: {
  end: number;
  now: number;
  /** Absent where the page already has the button. */
  onPrepare?: () => void;
  busy?: boolean;
  compact?: boolean;
  onClose?: () => void;
}) {
  const t = useT();
  const minutes = Math.ceil((end - now) / 60_000);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlarm size={22} />}
      title={
        minutes > 0 ? t('shift.reminder.title', { m: minutes }) : t('shift.reminder.titleEnded')
      }
      withCloseButton={!!onClose}
      closeButtonLabel={t('shift.reminder.dismiss')}
      onClose={onClose}
      mb={compact ? 'md' : undefined}
      data-testid="shift-reminder"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('shift.reminder.body')}</Text>
        {onPrepare && (
          <Button
            size="compact-md"
            color="orange"
            leftSection={<IconArrowsExchange size={16} />}
            onClick={onPrepare}
            loading={busy}
            data-testid="shift-reminder-action"
          >
            {compact ? t('shift.reminder.open') : t('shift.prepare')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
