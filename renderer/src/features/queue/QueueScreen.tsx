import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBell, IconRefresh, IconTicket } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { Input } from '../../../../shared/contract';
import type { QueueTicketView } from '../../../../shared/contract/queueViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import type { QueueLevel } from '../../../../shared/domain/queue';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { hhmm } from '../desk/format';
import { duration, liveLevel, liveWaitMs, useQueueStore } from './store';
import { useConnectionStore } from '../../app/live/connectionStore';
import { SAFETY_NET_MS } from '../../app/live/connectionStore';

/** Main pushes every change; reading again now and then is only a safety net. */
const REFRESH_MS = SAFETY_NET_MS;

const LEVEL_COLOR: Record<QueueLevel, string | undefined> = {
  ok: undefined,
  attend: 'orange',
  escalate: 'red',
};

/** main's time now, ticking every second in this screen only. */
function useServerNow(): number {
  const offset = useQueueStore((s) => s.offsetMs);
  // Without main the clock on screen stands still: a countdown that ran on would mislead.
  const up = useConnectionStore((s) => s.up);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    if (!up) return;
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset, up]);
  return now;
}

function TakePanel() {
  const t = useT();
  const take = useQueueStore((s) => s.take);
  const [f, setF] = useState({ name: '', phone: '', purpose: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [taken, setTaken] = useState<number | null>(null);

  const submit = async () => {
    const input: Input<'queue.take'> = {
      ...(f.name.trim() ? { name: f.name.trim() } : {}),
      ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
      ...(f.purpose.trim() ? { purpose: f.purpose.trim() } : {}),
    };
    setBusy(true);
    const r = await take(input);
    setBusy(false);
    setError(r.ok ? null : r.error);
    if (r.ok) {
      setTaken(r.data.number);
      setF({ name: '', phone: '', purpose: '' });
    }
  };

  return (
    <Paper withBorder radius="lg" p="md">
      {/* A form, so Enter in any field takes the number: the desk need not reach for the mouse. */}
      <Stack
        component="form"
        gap="sm"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (!busy) void submit();
        }}
      >
        <Group grow>
          <TextInput
            label={t('queue.name')}
            value={f.name}
            maxLength={60}
            onChange={(e) => setF({ ...f, name: e.currentTarget.value })}
            error={fieldError(t, error, 'name')}
            data-testid="queue-name"
          />
          <TextInput
            label={t('queue.phone')}
            value={f.phone}
            maxLength={20}
            onChange={(e) => setF({ ...f, phone: e.currentTarget.value })}
            error={fieldError(t, error, 'phone')}
            data-testid="queue-phone"
          />
        </Group>
        <TextInput
          label={t('queue.purpose')}
          value={f.purpose}
          maxLength={200}
          onChange={(e) => setF({ ...f, purpose: e.currentTarget.value })}
          error={fieldError(t, error, 'purpose')}
          data-testid="queue-purpose"
        />
        <Button
          size="xl"
          leftSection={<IconTicket size={28} />}
          loading={busy}
          type="submit"
          data-testid="queue-take"
        >
          {t('queue.take')}
        </Button>
        {taken !== null && (
          <Text fw={700} fz="lg" data-testid="queue-taken">
            {t('queue.taken', { number: taken })}
          </Text>
        )}
        <ErrorAlert error={unmarkedError(error, ['name', 'phone', 'purpose'])} />
      </Stack>
    </Paper>
  );
}

function CallPanel({ counter, setCounter }: { counter: string; setCounter: (c: string) => void }) {
  const t = useT();
  const callNext = useQueueStore((s) => s.callNext);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [called, setCalled] = useState<QueueTicketView | null>(null);
  const submit = async () => {
    const r = await callNext(counter);
    setError(r.ok ? null : r.error);
    setCalled(r.ok ? r.data : null);
  };
  return (
    <Paper withBorder radius="lg" p="md">
      <Stack gap="sm">
        <TextInput
          label={t('queue.counter')}
          value={counter}
          maxLength={20}
          onChange={(e) => setCounter(e.currentTarget.value)}
          data-testid="queue-counter"
        />
        <Button
          size="xl"
          color="teal"
          leftSection={<IconBell size={28} />}
          onClick={() => void submit()}
          data-testid="queue-call-next"
        >
          {t('queue.callNext')}
        </Button>
        {called && (
          <Text fw={700} fz="lg" data-testid="queue-called">
            {t('queue.called', {
              number: called.number,
              counter: called.counter ? t('queue.toCounter', { counter: called.counter }) : '',
            })}
          </Text>
        )}
        <ErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}

function TicketRow({
  ticket,
  now,
  counter,
}: {
  ticket: QueueTicketView;
  now: number;
  counter: string;
}) {
  const t = useT();
  const { callTicket, serve, left } = useQueueStore();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const level = liveLevel(ticket, now);
  const color = LEVEL_COLOR[level];
  const waiting = ticket.status === 'waiting';
  return (
    <>
      <Table.Tr
        data-testid="queue-row"
        data-ticket={ticket.id}
        data-level={level}
        data-status={ticket.status}
        style={color ? { backgroundColor: `var(--mantine-color-${color}-light)` } : undefined}
      >
        <Table.Td fw={800} fz="xl" data-testid="queue-number">
          {ticket.number}
        </Table.Td>
        <Table.Td>
          <Text fw={600}>{ticket.name ?? t('queue.anonymous')}</Text>
          <Text size="xs" c="dimmed">
            {[ticket.phoneMasked, ticket.purpose].filter(Boolean).join(' · ')}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text ff="monospace" fz="xl" fw={700} c={color} data-testid="queue-timer">
            {duration(liveWaitMs(ticket, now))}
          </Text>
          <Text size="xs" c="dimmed">
            {waiting
              ? t('queue.since', { time: hhmm(ticket.takenAt) })
              : t('queue.calledAt', { time: hhmm(ticket.calledAt ?? ticket.takenAt) })}
          </Text>
        </Table.Td>
        <Table.Td>
          <Group gap={4}>
            <Badge variant="light" color={waiting ? 'gray' : 'teal'}>
              {t(`queue.status.${ticket.status}`)}
              {ticket.counter ? ` · ${ticket.counter}` : ''}
            </Badge>
            {level !== 'ok' && (
              <Badge variant="filled" color={color} data-testid="queue-level">
                {t(`queue.level.${level}`)}
              </Badge>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            {waiting && (
              <Button
                size="xs"
                variant="light"
                onClick={() => void callTicket(ticket.id, counter).then(setError)}
                data-testid="queue-row-call"
              >
                {t('queue.call')}
              </Button>
            )}
            <Button
              size="xs"
              color="teal"
              onClick={() => void serve(ticket.id).then(setError)}
              data-testid="queue-serve"
            >
              {t('queue.serve')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => void left(ticket.id).then(setError)}
              data-testid="queue-left"
            >
              {t('queue.left')}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {error && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <ErrorAlert error={error} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function Counts() {
  const t = useT();
  const counts = useQueueStore((s) => s.counts);
  if (!counts) return null;
  const wait = (ms: number | null) => (ms === null ? '—' : duration(ms));
  const cells: [string, string | number, string][] = [
    [t('queue.counts.taken'), counts.taken, 'taken'],
    [t('queue.counts.open'), counts.open, 'open'],
    [t('queue.counts.served'), counts.served, 'served'],
    [t('queue.counts.left'), counts.left, 'left'],
    [t('queue.counts.average'), wait(counts.averageWaitMs), 'average'],
    [t('queue.counts.p90'), wait(counts.p90WaitMs), 'p90'],
  ];
  return (
    <Paper withBorder radius="lg" p="md" data-testid="queue-counts">
      <Title order={5} mb="xs">
        {t('queue.counts.title')}
      </Title>
      <SimpleGrid cols={{ base: 3, md: 6 }}>
        {cells.map(([label, value, key]) => (
          <div key={key}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} fz="lg" data-testid={`queue-count-${key}`}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

/** 排队叫号: take a number, call the next, and watch each wait against the service levels. */
export function QueueScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { tickets, limits, error, load } = useQueueStore();
  const now = useServerNow();
  const [counter, setCounter] = useState('');

  useEffect(() => {
    void load();
    const id = window.setInterval(() => void load(), REFRESH_MS);
    return () => window.clearInterval(id);
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="queue.list" feature={t('nav.queue')} role={session.role} />;

  return (
    <Stack data-testid="queue-screen">
      <PageHeader
        title={t('queue.title')}
        subtitle={
          limits
            ? t('queue.subtitle', {
                attend: limits.attendMinutes,
                escalate: limits.escalateMinutes,
              })
            : undefined
        }
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void load()}
            data-testid="queue-refresh"
          >
            {t('queue.refresh')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TakePanel />
        <CallPanel counter={counter} setCounter={setCounter} />
      </SimpleGrid>
      <Counts />
      <Paper withBorder radius="lg" p="md">
        <Title order={4} mb="xs">
          {t('queue.list')}
        </Title>
        {tickets.length === 0 ? (
          <Text c="dimmed" data-testid="queue-empty">
            {t('queue.none')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="queue-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('queue.number')}</Table.Th>
                <Table.Th>{t('queue.person')}</Table.Th>
                <Table.Th>{t('queue.wait')}</Table.Th>
                <Table.Th>{t('queue.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tickets.map((ticket) => (
                <TicketRow key={ticket.id} ticket={ticket} now={now} counter={counter} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
