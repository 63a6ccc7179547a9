import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import {
  IconCheck,
  IconClockExclamation,
  IconHistory,
  IconLock,
  IconPencil,
  IconUser,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { FollowUpView, LogEntryView } from '../../../../shared/contract/shiftViews';
import { useT } from '../../app/i18n';
import { CategoryBadge } from './Category';
import { EntryModal, type EntryAction } from './EntryModals';
import { when } from './format';
import { LogEntryCase } from '../complaints/LogEntryCase';

/** Brings a linked entry into view and lets it blink once. */
function reveal(entryId: string) {
  const el = document.querySelector<HTMLElement>(`[data-entry="${entryId}"]`);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.animate?.([{ outlineColor: 'var(--mantine-primary-color-filled)' }, {}], {
    duration: 1200,
  });
}

function FollowUpLine({ f, now, onDone }: { f: FollowUpView; now: number; onDone?: () => void }) {
  const t = useT();
  const done = f.doneAt !== null;
  return (
    <Group
      gap="xs"
      p={6}
      px="sm"
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: 'var(--mantine-color-default-hover)',
        borderLeft: `4px solid var(--mantine-color-${done ? 'teal' : f.overdue ? 'red' : 'blue'}-filled)`,
      }}
      data-testid="shift-followup"
      data-state={done ? 'done' : f.overdue ? 'overdue' : 'open'}
    >
      <Text size="sm" fw={600}>
        {t('shift.followUp.label')}
      </Text>
      <Group gap={4}>
        <IconUser size={14} />
        <Text size="sm" data-testid="shift-followup-owner">
          {f.ownerName ?? t('shift.log.ownerNone')}
        </Text>
      </Group>
      {f.dueAt !== null && (
        <Text size="sm" c={f.overdue && !done ? 'red' : undefined} fw={f.overdue ? 600 : undefined}>
          {t('shift.followUp.due', { time: when(f.dueAt, now) })}
        </Text>
      )}
      {done ? (
        <Badge color="teal" leftSection={<IconCheck size={12} />} data-testid="shift-followup-done">
          {t('shift.followUp.doneBy', { name: f.doneByName ?? '—', time: when(f.doneAt!, now) })}
        </Badge>
      ) : f.overdue ? (
        <Badge color="red" leftSection={<IconClockExclamation size={12} />}>
          {t('shift.followUp.overdue')}
        </Badge>
      ) : (
        <Badge color="blue" variant="light">
          {t('shift.followUp.open')}
        </Badge>
      )}
      {done && f.doneNote && (
        <Text size="sm" c="dimmed" style={{ flexBasis: '100%' }}>
          {f.doneNote}
        </Text>
      )}
      {!done && onDone && (
        <Button
          size="compact-sm"
          variant="light"
          color="teal"
          leftSection={<IconCheck size={14} />}
          ml="auto"
          onClick={onDone}
          data-testid="shift-followup-complete"
        >
          {t('shift.followUp.complete')}
        </Button>
      )}
    </Group>
  );
}

function Links({ entry, byId }: { entry: LogEntryView; byId: Map<string, LogEntryView> }) {
  const t = useT();
  const original = entry.correctsId ? byId.get(entry.correctsId) : undefined;
  if (!entry.correctsId && entry.correctedBy.length === 0) return null;
  return (
    <Group gap="sm">
      {entry.correctsId && (
        <Anchor size="sm" onClick={() => reveal(entry.correctsId!)} data-testid="shift-corrects">
          {original
            ? t('shift.entry.corrects', {
                name: original.byName,
                time: when(original.at, entry.at),
              })
            : t('shift.entry.correctsEarlier')}
        </Anchor>
      )}
      {entry.correctedBy.map((id) => (
        <Anchor
          key={id}
          size="sm"
          c="orange"
          onClick={() => reveal(id)}
          data-testid="shift-corrected-by"
        >
          {t('shift.entry.correctedBy')}
        </Anchor>
      ))}
    </Group>
  );
}

/**
 * One entry of the log: its author may edit it until the shift is handed over; anyone may
 * correct it with a new linked entry; a follow-up is closed with a note by anyone at the desk.
 */
export function LogEntryCard({
  entry,
  staffId,
  now,
  canWrite,
  byId,
  onHistory,
}: {
  entry: LogEntryView;
  staffId: string;
  now: number;
  /** A shift is at work, so corrections and closing follow-ups can be written. */
  canWrite: boolean;
  byId: Map<string, LogEntryView>;
  onHistory?: (entryId: string) => void;
}) {
  const t = useT();
  const [action, setAction] = useState<EntryAction | null>(null);
  const editable = canWrite && !entry.locked && entry.byStaff === staffId;
  const superseded = entry.correctedBy.length > 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="shift-entry"
      data-entry={entry.id}
      data-locked={entry.locked}
      style={{ outline: '2px solid transparent', outlineOffset: 2 }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text ff="monospace" fw={700}>
              {when(entry.at, now)}
            </Text>
            <CategoryBadge category={entry.category} />
            <Text size="sm" c="dimmed">
              {entry.byName}
              {entry.editedAt !== null &&
                ` · ${t('shift.entry.edited', { time: when(entry.editedAt, now) })}`}
            </Text>
            {entry.locked && (
              <Badge variant="outline" color="gray" leftSection={<IconLock size={11} />}>
                {t('shift.entry.locked')}
              </Badge>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            <LogEntryCase entry={entry} canWrite={canWrite} />
            {entry.followUp && onHistory && (
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconHistory size={14} />}
                onClick={() => onHistory(entry.id)}
                data-testid="shift-entry-history"
              >
                {t('shift.entry.history')}
              </Button>
            )}
            {editable ? (
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPencil size={14} />}
                onClick={() => setAction('edit')}
                data-testid="shift-entry-edit"
              >
                {t('shift.entry.edit.action')}
              </Button>
            ) : (
              canWrite && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setAction('correct')}
                  data-testid="shift-entry-correct"
                >
                  {t('shift.entry.correct.action')}
                </Button>
              )
            )}
          </Group>
        </Group>
        <Text
          style={{
            whiteSpace: 'pre-wrap',
            textDecoration: superseded ? 'line-through' : undefined,
          }}
          c={superseded ? 'dimmed' : undefined}
          data-testid="shift-entry-body"
        >
          {entry.body}
        </Text>
        <Links entry={entry} byId={byId} />
        {entry.followUp && (
          <FollowUpLine
            f={entry.followUp}
            now={now}
            onDone={canWrite ? () => setAction('complete') : undefined}
          />
        )}
      </Stack>
      <EntryModal entry={entry} action={action} onClose={() => setAction(null)} />
    </Paper>
  );
}
