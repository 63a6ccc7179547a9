import {
  Alert,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Indicator,
  Paper,
  Select,
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
import { unreadFor, useMessagesStore } from './messagesStore';

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

/** Shown once after sign-in when notes are waiting; dismissed for the session. */
export function UnreadBanner({ staffId, onOpen }: { staffId: string; onOpen: () => void }) {
  const t = useT();
  const { messages, bannerDismissedFor, dismissBanner } = useMessagesStore();
  const unread = unreadFor(messages, staffId);
  if (unread.length === 0 || bannerDismissedFor === staffId) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconMessages size={20} />}
      title={t('deskui.msg.banner', { count: unread.length })}
      withCloseButton
      onClose={() => dismissBanner(staffId)}
      data-testid="messages-banner"
    >
      <Stack gap={2}>
        {unread.slice(0, 3).map((m) => (
          <Text key={m.id} size="sm" lineClamp={1}>
            {m.fromName ?? '—'}: {m.body}
          </Text>
        ))}
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              dismissBanner(staffId);
              onOpen();
            }}
            data-testid="messages-banner-open"
          >
            {t('deskui.msg.openBook')}
          </Button>
        </Group>
      </Stack>
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
            <Select
              label={t('deskui.msg.to')}
              data={[
                { value: NEXT_SHIFT, label: t('deskui.msg.nextShift') },
                ...staff.map((s) => ({ value: s.id, label: s.displayName })),
              ]}
              value={to}
              onChange={(v) => setTo(v ?? NEXT_SHIFT)}
              searchable
              data-testid="message-to"
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
            <ErrorAlert error={unmarkedError(sendError, ['body'])} />
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
