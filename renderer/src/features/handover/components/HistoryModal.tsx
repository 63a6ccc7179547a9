import { Badge, Center, Group, Loader, Modal, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FollowUpHistory } from '../../../../../shared/contract/shiftViews';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { useT, type T } from '../../../app/i18n';
import { useBoardStore } from '../boardStore';
import { dateTime } from '../format';
import { StateBadge } from './bits';

interface Step {
  at: number;
  color: string;
  title: ReactNode;
  body?: string | null;
  testId: string;
}

/** The entry, every shift it was carried into (with that handover's state), corrections, the end. */
function steps(t: T, h: FollowUpHistory): Step[] {
  const e = h.entry;
  const list: Step[] = [
    {
      at: e.at,
      color: 'blue',
      title: t('handover.history.logged', {
        name: e.byName,
        shift: e.shiftName,
        time: dateTime(e.at),
      }),
      body: e.body,
      testId: 'history-logged',
    },
    ...h.carries.map((c) => ({
      at: c.at,
      color: 'orange',
      title: (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('handover.history.carried', { shift: c.shiftName, date: c.businessDate })}
          </Text>
          {c.handoverStatus ? (
            <StateBadge state={c.handoverStatus} size="sm" />
          ) : (
            <Badge size="sm" variant="outline" color="gray">
              {t('handover.history.noHandover')}
            </Badge>
          )}
        </Group>
      ),
      testId: 'history-carry',
    })),
    ...h.corrections.map((c) => ({
      at: c.at,
      color: 'grape',
      title: t('handover.history.correction', { name: c.byName, time: dateTime(c.at) }),
      body: c.body,
      testId: 'history-correction',
    })),
  ];
  list.sort((a, b) => a.at - b.at);
  const f = e.followUp;
  if (f?.doneAt)
    list.push({
      at: f.doneAt,
      color: 'green',
      title: t('handover.history.done', { name: f.doneByName ?? '—', time: dateTime(f.doneAt) }),
      body: f.doneNote,
      testId: 'history-done',
    });
  else
    list.push({
      at: Infinity,
      color: 'gray',
      title: t('handover.history.stillOpen'),
      testId: 'history-open',
    });
  return list;
}

export function HistoryModal() {
  const t = useT();
  const { historyFor, history, historyError, closeHistory } = useBoardStore();
  if (!historyFor) return null;
  const list = history ? steps(t, history) : [];
  return (
    <Modal opened onClose={closeHistory} title={t('handover.history.title')} size="lg" centered>
      <ErrorAlert error={historyError} />
      {!history && !historyError && (
        <Center py="lg">
          <Loader size="sm" />
        </Center>
      )}
      {history && (
        <Timeline bulletSize={16} lineWidth={2} active={list.length} data-testid="history">
          {list.map((s, i) => (
            <Timeline.Item key={i} color={s.color} title={s.title} data-testid={s.testId}>
              {s.body && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.body}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Modal>
  );
}
