import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import dayjs from 'dayjs';
import type {
  ComplaintFollowUpView,
  ComplaintView,
} from '../../../../shared/contract/complaintViews';
import { useT } from '../../app/i18n';
import { RecordCallModal } from './RecordCallModal';

/** 回访: the case's follow-up calls with their outcome and score. */
export function FollowUpCalls({ view }: { view: ComplaintView }) {
  const t = useT();
  const [recording, setRecording] = useState<ComplaintFollowUpView | null>(null);
  if (view.followUps.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('complaint.followUps.none')}
      </Text>
    );
  return (
    <>
      {view.followUps.map((f) => (
        <Stack
          key={f.callId}
          gap={2}
          data-testid="complaint-followup"
          data-outcome={f.outcome ?? 'open'}
        >
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('complaint.followUps.due', { day: f.dueDay })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('complaint.followUps.attempt', { attempt: f.attempt })}
            </Text>
            {f.outcome && (
              <Badge size="sm" tt="none" variant="light">
                {t(`complaint.followUps.outcome.${f.outcome}`)}
              </Badge>
            )}
            {f.score !== null && (
              <Badge
                size="sm"
                tt="none"
                color={f.score >= 3 ? 'teal' : 'red'}
                data-testid="complaint-followup-score"
              >
                {t('complaint.followUps.score', { score: f.score })}
              </Badge>
            )}
          </Group>
          {f.outcome === null && view.state === 'resolved' && (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPhoneCall size={14} />}
              onClick={() => setRecording(f)}
              data-testid="complaint-followup-record"
            >
              {t('complaint.followUps.record')}
            </Button>
          )}
          {f.doneAt !== null && (
            <Text size="xs" c="dimmed">
              {f.doneByName ?? '—'} · {dayjs(f.doneAt).format('MM-DD HH:mm')}
              {f.note ? ` · ${f.note}` : ''}
            </Text>
          )}
        </Stack>
      ))}
      <RecordCallModal call={recording} onClose={() => setRecording(null)} />
    </>
  );
}
