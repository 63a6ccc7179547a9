import {
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FollowUpCallView } from '../../../../shared/contract/followUpViews';
import { IconSettingsAutomation } from '@tabler/icons-react';
import { OVERSIGHT_ROLES } from '../../../../shared/domain/roles';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { useSessionStore } from '../auth/store';
import { AutoRulesModal } from './AutoRulesModal';
import { CallPanel } from './CallPanel';
import { reasonOf, STATE_COLOR } from './labels';
import { useFollowUpsStore } from './store';

function CallRow({
  c,
  selected,
  onPick,
}: {
  c: FollowUpCallView;
  selected: boolean;
  onPick(): void;
}) {
  const t = useT();
  return (
    <UnstyledButton
      onClick={onPick}
      tabIndex={-1}
      role="option"
      aria-selected={selected}
      data-testid="followup-row"
      data-call-id={c.id}
      px="sm"
      py={6}
      style={{
        display: 'block',
        width: '100%',
        borderRadius: 6,
        background: selected ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate>
            {c.clientName ?? t('followUps.anonymous')}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {reasonOf(t, c)} · {c.assignedToName ?? t('followUps.desk')}
          </Text>
        </Stack>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
          {c.overdue ? (
            <Badge size="xs" color="red" tt="none">
              {t('followUps.overdue')}
            </Badge>
          ) : c.dueAt !== null ? (
            <Badge size="xs" color="blue" tt="none">
              {dayjs(c.dueAt).format('HH:mm')}
            </Badge>
          ) : null}
          {c.attempt > 1 && (
            <Text size="xs" c="dimmed">
              {t('followUps.attempt', { attempt: c.attempt, max: c.maxAttempts })}
            </Text>
          )}
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

function DoneToday({ calls }: { calls: FollowUpCallView[] }) {
  const t = useT();
  if (calls.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('followUps.noneDone')}
      </Text>
    );
  return (
    <Table verticalSpacing={4} data-testid="followups-done">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followUps.col.time')}</Table.Th>
          <Table.Th>{t('followUps.col.client')}</Table.Th>
          <Table.Th>{t('followUps.col.reason')}</Table.Th>
          <Table.Th>{t('followUps.col.outcome')}</Table.Th>
          <Table.Th>{t('followUps.col.note')}</Table.Th>
          <Table.Th>{t('followUps.col.by')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {calls.map((c) => (
          <Table.Tr key={c.id} data-testid="followup-done-row" data-state={c.state}>
            <Table.Td>{c.doneAt === null ? '—' : dayjs(c.doneAt).format('HH:mm')}</Table.Td>
            <Table.Td>{c.clientName ?? t('followUps.anonymous')}</Table.Td>
            <Table.Td>{reasonOf(t, c)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Badge size="sm" tt="none" variant="light" color={STATE_COLOR[c.state]}>
                  {t(`followUps.state.${c.state}`)}
                </Badge>
                {c.score !== null && (
                  <Badge size="sm" tt="none" color={c.score >= 3 ? 'teal' : 'red'}>
                    {t('followUps.scoreBadge', { score: c.score })}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{c.note ?? '—'}</Table.Td>
            <Table.Td>{c.doneByName ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 今日回访: ↑↓ choose a call, Enter opens it (keys record it), Esc comes back to the list. */
export function FollowUpsScreen() {
  const t = useT();
  const { day, error, load } = useFollowUpsStore();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [rulesOpen, setRulesOpen] = useState(false);
  // Main refuses anyone else; this only spares them a button that would be refused.
  const role = useSessionStore((s) => s.session?.role);
  const mayRule = role !== undefined && OVERSIGHT_ROLES.includes(role);
  const listRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    listRef.current?.focus();
  }, []);
  const open = day?.open ?? [];
  const index = Math.max(
    0,
    open.findIndex((c) => c.id === selectedId),
  );
  const selected = open[index] ?? null;

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.min(open.length - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)));
      setSelectedId(open[next]?.id ?? null);
    } else if (e.key === 'Enter' && selected) {
      e.preventDefault();
      panelRef.current?.focus();
    }
  };
  const backToList = () => listRef.current?.focus();

  return (
    <>
      <PageHeader
        title={t('followUps.title')}
        subtitle={t('followUps.subtitle')}
        actions={
          day?.canSeeAll ? (
            <Group gap="sm">
              {mayRule && (
                <Button
                  variant="default"
                  leftSection={<IconSettingsAutomation size={16} />}
                  onClick={() => setRulesOpen(true)}
                  data-testid="auto-rules-open"
                >
                  {t('followUps.auto.open')}
                </Button>
              )}
              <SegmentedControl
                value={day.scope}
                onChange={(v) => void load(v as 'mine' | 'all')}
                data={[
                  { value: 'mine', label: t('followUps.scope.mine') },
                  { value: 'all', label: t('followUps.scope.all') },
                ]}
                data-testid="followups-scope"
              />
            </Group>
          ) : undefined
        }
      />
      <ErrorAlert error={error} />
      <AutoRulesModal opened={rulesOpen} onClose={() => setRulesOpen(false)} />
      <div data-testid="followups-screen">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Group gap="xs" mb="xs">
              <Title order={4}>{t('followUps.open')}</Title>
              <Badge variant="light" data-testid="followups-open-count">
                {open.length}
              </Badge>
            </Group>
            <Paper
              withBorder
              radius="md"
              p={4}
              ref={listRef}
              tabIndex={0}
              role="listbox"
              aria-label={t('followUps.open')}
              onKeyDown={onListKey}
              data-testid="followups-list"
              style={{ maxHeight: 420, overflowY: 'auto' }}
            >
              {day && open.length === 0 && (
                <Text c="dimmed" p="sm" data-testid="followups-none">
                  {t('followUps.none')}
                </Text>
              )}
              {open.map((c) => (
                <CallRow
                  key={c.id}
                  c={c}
                  selected={c.id === selected?.id}
                  onPick={() => {
                    setSelectedId(c.id);
                    panelRef.current?.focus();
                  }}
                />
              ))}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <CallPanel ref={panelRef} call={selected} now={day!.now} onDone={backToList} />
            ) : (
              <Text c="dimmed" mt="xl">
                {t('followUps.choose')}
              </Text>
            )}
          </Grid.Col>
        </Grid>
      </div>
      <Title order={4} mt="lg" mb="xs">
        {t('followUps.doneToday')}
      </Title>
      {day && <DoneToday calls={day.doneToday} />}
    </>
  );
}
