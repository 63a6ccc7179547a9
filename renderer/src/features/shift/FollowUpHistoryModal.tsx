import { Anchor, Badge, Group, Loader, Modal, Text, Timeline } from '@mantine/core';
import { IconArrowsExchange, IconCheck, IconPencil, IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { FollowUpHistory } from '../../../../shared/contract/shiftViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { HANDOVER_COLOR } from './format';
import { useShiftLogStore } from './logStore';

const at = (ms: number) => dayjs(ms).format('MM-DD HH:mm');

function HistoryTimeline({
  history,
  currentShiftId,
}: {
  history: FollowUpHistory;
  currentShiftId: string | null;
}) {
  const t = useT();
  const { entry, corrections, carries } = history;
  const done = entry.followUp?.doneAt ?? null;
  return (
    <Timeline bulletSize={26} lineWidth={2} active={carries.length + corrections.length + 1}>
      <Timeline.Item
        bullet={<IconPlus size={14} />}
        title={t('shift.history.created', { shift: entry.shiftName, date: entry.businessDate })}
      >
        <Text size="xs" c="dimmed">
          {at(entry.at)} · {entry.byName}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {entry.body}
        </Text>
      </Timeline.Item>
      {carries.map((c) => (
        <Timeline.Item
          key={c.shiftId}
          bullet={<IconArrowsExchange size={14} />}
          title={t('shift.history.carried', { shift: c.shiftName, date: c.businessDate })}
          data-testid="shift-history-carry"
        >
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {at(c.at)}
            </Text>
            {c.handoverStatus ? (
              <Badge size="sm" variant="light" color={HANDOVER_COLOR[c.handoverStatus]}>
                {t(`shift.handoverStatus.${c.handoverStatus}`)}
              </Badge>
            ) : (
              <Badge
                size="sm"
                variant="light"
                color={c.shiftId === currentShiftId ? 'blue' : 'orange'}
              >
                {c.shiftId === currentShiftId
                  ? t('shift.history.thisShift')
                  : t('shift.history.noHandover')}
              </Badge>
            )}
            {c.handoverId && (
              <Anchor size="sm" onClick={() => go('handover', c.handoverId!)}>
                {t('shift.history.openHandover')}
              </Anchor>
            )}
          </Group>
        </Timeline.Item>
      ))}
      {corrections.map((c) => (
        <Timeline.Item
          key={c.id}
          bullet={<IconPencil size={14} />}
          title={t('shift.history.corrected', { name: c.byName })}
        >
          <Text size="xs" c="dimmed">
            {at(c.at)} · {c.shiftName}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Text>
        </Timeline.Item>
      ))}
      {done !== null && (
        <Timeline.Item
          bullet={<IconCheck size={14} />}
          color="teal"
          title={t('shift.history.done', { name: entry.followUp?.doneByName ?? '—' })}
        >
          <Text size="xs" c="dimmed">
            {at(done)}
          </Text>
          <Text size="sm">{entry.followUp?.doneNote}</Text>
        </Timeline.Item>
      )}
    </Timeline>
  );
}

/** Every shift one follow-up travelled through, and how it ended. */
export function FollowUpHistoryModal({
  entryId,
  currentShiftId,
  onClose,
}: {
  entryId: string | null;
  /** The shift at work, which has no handover yet. */
  currentShiftId: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const history = useShiftLogStore((s) => s.history);
  const [data, setData] = useState<FollowUpHistory | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    if (!entryId) return;
    setData(null);
    setError(null);
    void history(entryId).then((r) => (r.ok ? setData(r.data) : setError(r.error)));
  }, [entryId, history]);

  return (
    <Modal
      opened={entryId !== null}
      onClose={onClose}
      title={t('shift.history.title')}
      size="lg"
      centered
      data-testid="shift-history"
    >
      <ErrorAlert error={error} />
      {!data && !error && <Loader size="sm" />}
      {data && <HistoryTimeline history={data} currentShiftId={currentShiftId} />}
    </Modal>
  );
}
