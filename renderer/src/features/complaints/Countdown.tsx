import { Badge, Group, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import type { ComplaintSummary } from '../../../../shared/contract/complaintViews';
import { useT } from '../../app/i18n';
import { DEADLINE_COLOR, durationText, liveDeadlineState, useMainNow } from './format';

/** The deadline that matters now, counting down every second on main's clock. */
export function Countdown({
  c,
  offsetMs,
  size = 'md',
}: {
  c: ComplaintSummary;
  offsetMs: number;
  size?: 'sm' | 'md' | 'lg';
}) {
  const t = useT();
  const now = useMainNow(offsetMs);
  const state = liveDeadlineState(c, now);
  const running = c.nextDueAt !== null && state !== 'done' && state !== 'paused';
  const left = running ? c.nextDueAt! - now : 0;
  const text = running
    ? t(left >= 0 ? 'complaint.countdown.left' : 'complaint.countdown.late', {
        time: durationText(t, left),
      })
    : t(`complaint.deadline.${state}`);
  const which = c.respondedAt === null ? 'complaint.due.firstResponse' : 'complaint.due.resolution';
  return (
    <Group gap={6} wrap="nowrap" data-testid="complaint-countdown" data-state={state}>
      {size !== 'sm' && <IconClockHour4 size={size === 'lg' ? 22 : 16} />}
      {size === 'lg' && running && (
        <Text size="sm" c="dimmed">
          {t(which)}
        </Text>
      )}
      <Badge
        color={DEADLINE_COLOR[state]}
        variant={state === 'overdue' ? 'filled' : 'light'}
        size={size === 'lg' ? 'xl' : size}
        tt="none"
        ff={running ? 'monospace' : undefined}
        data-testid="complaint-countdown-text"
      >
        {text}
      </Badge>
    </Group>
  );
}
