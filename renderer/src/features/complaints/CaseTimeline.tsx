import { Badge, Group, Paper, Text, Timeline, Title } from '@mantine/core';
import { IconRobot } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ComplaintEventView } from '../../../../shared/contract/complaintViews';
import { useT, type T } from '../../app/i18n';

function headline(t: T, e: ComplaintEventView): string {
  if (e.kind === 'state' && e.state)
    return t('complaint.event.state', { state: t(`complaint.state.${e.state}`) });
  if (e.kind === 'escalated') return t('complaint.event.escalated', { level: e.level ?? 0 });
  return t(`complaint.event.${e.kind}`);
}

/** 处理记录: every event of the case, the timer's own marked as automatic. */
export function CaseTimeline({ events }: { events: ComplaintEventView[] }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="sm">
        {t('complaint.section.history')}
      </Title>
      <Timeline
        bulletSize={18}
        lineWidth={2}
        active={events.length}
        data-testid="complaint-timeline"
      >
        {events.map((e) => (
          <Timeline.Item
            key={e.id}
            color={e.automatic ? 'red' : e.kind === 'escalated' ? 'orange' : undefined}
            bullet={e.automatic ? <IconRobot size={12} /> : undefined}
            title={
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {headline(t, e)}
                </Text>
                {e.automatic && (
                  <Badge
                    size="xs"
                    color="red"
                    variant="light"
                    tt="none"
                    data-testid="event-automatic"
                  >
                    {t('complaint.event.automatic')}
                  </Badge>
                )}
              </Group>
            }
            data-testid="complaint-event"
            data-kind={e.kind}
          >
            {e.body && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.body}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {dayjs(e.at).format('MM-DD HH:mm')} · {e.byName ?? t('complaint.event.byTimer')}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
