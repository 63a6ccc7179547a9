import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoneCheck, IconPhoneOutgoing } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { CallBackView } from '../../../../shared/contract/callBackViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { useCallBacksStore } from './store';

const VIA_COLOR = { rotation: 'teal', message: 'blue', nextShift: 'grape' } as const;

/** The time of day, with the date when it was not today (a call-back can wait overnight). */
export function callTime(at: number, now = Date.now()): string {
  const d = dayjs(at);
  return d.isSame(now, 'day') ? d.format('HH:mm') : d.format('MM-DD HH:mm');
}

/** One caller to ring: the number large enough to dial from, what they wanted, then Done. */
function OpenCall({ c, autoFocus }: { c: CallBackView; autoFocus: boolean }) {
  const t = useT();
  const calledBack = useCallBacksStore((s) => s.calledBack);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const e = await calledBack(c.id, note);
    setBusy(false);
    setError(e);
    if (!e)
      notifications.show({ color: 'teal', message: t('callbacks.saved', { name: c.callerName }) });
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="callback-open" data-call-id={c.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={700} size="lg" data-testid="callback-caller">
              {c.callerName}
            </Text>
            <Badge tt="none" variant="light" color={VIA_COLOR[c.via]}>
              {t(`callbacks.via.${c.via}`)}
            </Badge>
            {c.appointment && (
              <Badge tt="none" variant="filled" color="orange">
                {t('callbacks.appointment')}
              </Badge>
            )}
          </Group>
          <Text ff="monospace" fz={22} fw={700} data-testid="callback-phone">
            {c.callbackPhone}
          </Text>
          <Text size="sm">{c.purpose}</Text>
          <Text size="xs" c="dimmed">
            {t('callbacks.takenBy', { name: c.takenByName ?? '—', time: callTime(c.at) })}
          </Text>
        </Stack>
        <Stack gap="xs" w={320} style={{ flexShrink: 0 }}>
          <TextInput
            label={t('callbacks.note')}
            placeholder={t('callbacks.notePlaceholder')}
            value={note}
            maxLength={500}
            autoFocus={autoFocus}
            onChange={(e) => setNote(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void submit();
              }
            }}
            error={fieldError(t, error, 'note')}
            data-testid="callback-note"
          />
          <Button
            leftSection={<IconPhoneCheck size={16} />}
            loading={busy}
            onClick={() => void submit()}
            data-testid="callback-done"
          >
            {t('callbacks.done')}
          </Button>
          <ErrorAlert error={unmarkedError(error, ['note'])} />
        </Stack>
      </Group>
    </Paper>
  );
}

function DoneToday({ calls }: { calls: CallBackView[] }) {
  const t = useT();
  if (calls.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('callbacks.noneDone')}
      </Text>
    );
  return (
    <Table verticalSpacing={6} data-testid="callbacks-done">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('callbacks.col.time')}</Table.Th>
          <Table.Th>{t('callbacks.col.caller')}</Table.Th>
          <Table.Th>{t('callbacks.col.phone')}</Table.Th>
          <Table.Th>{t('callbacks.col.outcome')}</Table.Th>
          <Table.Th>{t('callbacks.col.doneAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {calls.map((c) => (
          <Table.Tr key={c.id} data-testid="callback-done-row">
            <Table.Td>{callTime(c.at)}</Table.Td>
            <Table.Td>{c.callerName}</Table.Td>
            <Table.Td ff="monospace">{c.callbackPhone}</Table.Td>
            <Table.Td>{c.calledBackNote ?? '—'}</Table.Td>
            <Table.Td>
              {t('callbacks.doneBy', {
                name: c.calledBackByName ?? '—',
                time: c.calledBackAt === null ? '—' : callTime(c.calledBackAt),
              })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 我的回电: whoever the desk passed a caller to calls them back and says what came of it. */
export function CallBacksScreen() {
  const t = useT();
  const { mine, error, load } = useCallBacksStore();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <PageHeader title={t('callbacks.title')} subtitle={t('callbacks.subtitle')} />
      <ErrorAlert error={error} />
      <Stack gap="sm" data-testid="callbacks-screen">
        <Group gap="xs">
          <IconPhoneOutgoing size={20} />
          <Title order={4}>{t('callbacks.open')}</Title>
          <Badge variant="light" data-testid="callbacks-open-count">
            {mine?.open.length ?? 0}
          </Badge>
        </Group>
        {mine && mine.open.length === 0 && (
          <Text c="dimmed" data-testid="callbacks-none">
            {t('callbacks.none')}
          </Text>
        )}
        {mine?.open.map((c, i) => (
          <OpenCall key={c.id} c={c} autoFocus={i === 0} />
        ))}
        <Title order={4} mt="lg">
          {t('callbacks.doneToday')}
        </Title>
        {mine && <DoneToday calls={mine.doneToday} />}
      </Stack>
    </>
  );
}
