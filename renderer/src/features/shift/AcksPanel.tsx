import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconCheck, IconMessage } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ShiftAckView, ShiftView } from '../../../../shared/contract/shiftViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { hhmm } from '../desk/format';
import { when } from './format';
import { useShiftStore } from './shiftStore';

type HandoverAck = Extract<ShiftAckView, { kind: 'handover' }>;
type MessageAck = Extract<ShiftAckView, { kind: 'message' }>;

function Acked({ at }: { at: number }) {
  const t = useT();
  return (
    <Badge
      color="teal"
      variant="light"
      leftSection={<IconCheck size={12} />}
      data-testid="shift-ack-done"
    >
      {t('shift.ack.readAt', { time: hhmm(at) })}
    </Badge>
  );
}

function HandoverAckCard({ ack, onAck }: { ack: HandoverAck; onAck: () => void }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="shift-ack" data-kind="handover">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <IconArrowsExchange size={16} />
            <Text fw={600}>
              {t('shift.ack.handoverTitle', {
                name: ack.shiftName,
                date: ack.businessDate,
                by: ack.outgoingName ?? '—',
              })}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={ack.summary ? undefined : 'dimmed'}>
            {ack.summary ?? t('shift.ack.noSummary')}
          </Text>
          {ack.awaitingIncoming && ack.ackedAt === null && (
            <Text size="sm" c="orange.8" fw={500}>
              {t('shift.ack.awaitingIncoming')}
            </Text>
          )}
        </Stack>
        <Stack gap={6} align="flex-end" style={{ flexShrink: 0 }}>
          {ack.ackedAt !== null ? (
            <Acked at={ack.ackedAt} />
          ) : ack.awaitingIncoming ? (
            <Button
              color="orange"
              onClick={() => go('handover', ack.refId)}
              data-testid="shift-ack-receive"
            >
              {t('shift.awaiting.receive')}
            </Button>
          ) : (
            <Button onClick={onAck} data-testid="shift-ack-read">
              {t('shift.ack.haveRead')}
            </Button>
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => go('handover', ack.refId)}
            data-testid="shift-ack-open-handover"
          >
            {t('shift.ack.openHandover')}
          </Button>
        </Stack>
      </Group>
    </Paper>
  );
}

function MessageAckCard({ ack, now, onAck }: { ack: MessageAck; now: number; onAck: () => void }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="shift-ack" data-kind="message">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <IconMessage size={16} />
            <Text size="sm" c="dimmed">
              {t('shift.ack.messageFrom', { name: ack.fromName, time: when(ack.at, now) })}
            </Text>
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{ack.body}</Text>
        </Stack>
        <div style={{ flexShrink: 0 }}>
          {ack.ackedAt !== null ? (
            <Acked at={ack.ackedAt} />
          ) : (
            <Button variant="light" onClick={onAck} data-testid="shift-ack-read">
              {t('shift.ack.read')}
            </Button>
          )}
        </div>
      </Group>
    </Paper>
  );
}

/** What the opening side reads before work starts: the last handover and notes to this shift. */
export function AcksPanel({ shift, now }: { shift: ShiftView; now: number }) {
  const t = useT();
  const acknowledge = useShiftStore((s) => s.acknowledge);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const open = shift.acks.filter((a) => a.ackedAt === null).length;
  const ack = async (a: ShiftAckView) => setError(await acknowledge(a.kind, a.refId));

  return (
    <Paper withBorder radius="lg" p="md" data-testid="shift-acks">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('shift.ack.title')}</Title>
        <Badge variant="light" color={open === 0 ? 'teal' : 'orange'}>
          {open === 0 ? t('shift.ack.allRead') : t('shift.ack.toRead', { n: open })}
        </Badge>
      </Group>
      <Stack gap="sm">
        {shift.acks.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('shift.ack.none')}
          </Text>
        )}
        {shift.acks.map((a) =>
          a.kind === 'handover' ? (
            <HandoverAckCard key={`h-${a.refId}`} ack={a} onAck={() => void ack(a)} />
          ) : (
            <MessageAckCard key={`m-${a.refId}`} ack={a} now={now} onAck={() => void ack(a)} />
          ),
        )}
        <ErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}
