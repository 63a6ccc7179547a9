import {
  Alert,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Indicator,
  Paper,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconMessages, IconPhone } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { MessageView } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { useStaffDirectoryStore } from '../clients/store';
import type { SessionView } from '../../../../shared/contract/views';
import { StaffSelect } from './StaffSelect';
import { signInKey, unreadFor, unseenFor, useMessagesStore } from './messagesStore';

const NEXT_SHIFT = '__next__';

export function MessagesButton({ staffId, onOpen }: { staffId: string; onOpen: () => void }) {
  const t = useT();
  const unread = useMessagesStore((s) => unreadFor(s.messages, staffId).length);
  return (
    <Indicator label={unread} size={18} disabled={unread === 0} color="red">
      <Button
        variant="light"
        leftSection={<IconMessages size={18} />}
        onClick={onOpen}
        data-testid="messages-open"
        data-unread={unread}
      >
        {t('deskui.msg.title')}
      </Button>
    </Indicator>
  );
}

/** New unread notes in one line, once: closed or opened, the button's badge is enough. */
export function UnreadBanner({ session, onOpen }: { session: SessionView; onOpen: () => void }) {
  const t = useT();
  const { messages, seen, markSeen } = useMessagesStore();
  const unread = unseenFor(messages, seen, session);
  if (unread.length === 0) return null;
  const first = unread[0]!;
  const done = () => markSeen(signInKey(session), session.staffId);
  return (
    <Alert
      color="yellow"
      py={6}
      icon={<IconMessages size={18} />}
      withCloseButton
      onClose={done}
      data-testid="messages-banner"
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {t('deskui.msg.banner', { count: unread.length })}
        </Text>
        <Text size="sm" truncate style={{ minWidth: 0, flex: 1 }}>
          {first.fromName ?? '—'}: {first.body}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            done();
            onOpen();
          }}
          data-testid="messages-banner-open"
        >
          {t('deskui.msg.openBook')}
        </Button>
      </Group>
    </Alert>
  );
}

function MessageRow({ m, staffId }: { m: MessageView; staffId: string }) {
  const t = useT();
  const markRead = useMessagesStore((s) => s.markRead);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const mine = m.toStaffId === staffId || m.toStaffId === null;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={m.readAt === null ? 'var(--mantine-color-yellow-light)' : undefined}
      data-testid="message-row"
      data-read={m.readAt === null ? 'false' : 'true'}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {dayjs(m.at).format('MM-DD HH:mm')} · {m.fromName ?? '—'} →{' '}
            {m.toName ?? t('deskui.msg.nextShift')}
          </Text>
          {m.call && (
            <Group gap={6}>
              <IconPhone size={14} />
              <Text size="sm" fw={600}>
                {m.call.callerName}
              </Text>
              <Text size="sm" ff="monospace">
                {m.call.callbackPhone}
              </Text>
              {m.call.appointment && (
                <Badge size="xs" color="grape">
                  {t('deskui.call.appointmentShort')}
                </Badge>
              )}
            </Group>
          )}
          <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
          {m.readAt !== null && (
            <Text size="xs" c="dimmed">
              {t('deskui.msg.readBy', {
                name: m.readByName ?? '—',
                time: dayjs(m.readAt).format('HH:mm'),
              })}
            </Text>
          )}
          <ErrorAlert error={error} />
        </Stack>
        {m.readAt === null && mine && (
          <Button
            size="xs"
            variant="light"
            onClick={() => void markRead(m.id).then(setError)}
            // A long note wraps; the button keeps its words.
            style={{ flexShrink: 0 }}
            data-testid="message-read"
          >
            {t('deskui.msg.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function MessageDrawer({
  opened,
  onClose,
  staffId,
}: {
  opened: boolean;
  onClose: () => void;
  staffId: string;
}) {
  const t = useT();
  const { messages, error, send } = useMessagesStore();
  const staff = useStaffDirectoryStore((s) => s.entries).filter((s) => s.id !== staffId);
  const [to, setTo] = useState<string>(NEXT_SHIFT);
  const [body, setBody] = useState('');
  const [sendError, setSendError] = useState<AppErrorShape | null>(null);
  const submit = async () => {
    const e = await send(to === NEXT_SHIFT ? null : to, body);
    setSendError(e);
    if (!e) setBody('');
  };
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={t('deskui.msg.title')}
      data-testid="messages-drawer"
    >
      <Stack gap="sm">
        <Paper withBorder p="sm" radius="md">
          <Stack gap="xs">
            <StaffSelect
              label={t('deskui.msg.to')}
              staff={staff}
              extra={[{ value: NEXT_SHIFT, label: t('deskui.msg.nextShift') }]}
              value={to}
              onChange={(v) => setTo(v ?? NEXT_SHIFT)}
              error={fieldError(t, sendError, 'toStaffId')}
              testId="message-to"
            />
            <Textarea
              label={t('deskui.msg.body')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              maxLength={1000}
              rows={2}
              error={fieldError(t, sendError, 'body')}
              data-testid="message-body"
            />
            <ErrorAlert error={unmarkedError(sendError, ['body', 'toStaffId'])} />
            <Group justify="flex-end">
              <Button
                disabled={!body.trim()}
                onClick={() => void submit()}
                data-testid="message-send"
              >
                {t('deskui.msg.send')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Divider />
        <ErrorAlert error={error} />
        {messages.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('deskui.msg.none')}
          </Text>
        )}
        {messages.map((m) => (
          <MessageRow key={m.id} m={m} staffId={staffId} />
        ))}
      </Stack>
    </Drawer>
  );
}
