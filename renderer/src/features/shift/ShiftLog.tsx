import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { LogEntryView, ShiftView } from '../../../../shared/contract/shiftViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { AddEntryForm } from './AddEntryForm';
import { LogEntryCard } from './LogEntryCard';
import { useShiftLogStore } from './logStore';

const NONE: LogEntryView[] = [];

function useEntriesById(): Map<string, LogEntryView> {
  const log = useShiftLogStore((s) => s.log);
  return useMemo(
    () => new Map([...(log?.entries ?? []), ...(log?.carriedOver ?? [])].map((e) => [e.id, e])),
    [log],
  );
}

/** 值班日志: the form on top, the entries newest first. */
export function ShiftLogPanel({
  shift,
  staffId,
  now,
  onHistory,
}: {
  shift: ShiftView;
  staffId: string;
  now: number;
  onHistory: (entryId: string) => void;
}) {
  const t = useT();
  const { log, error } = useShiftLogStore();
  const byId = useEntriesById();
  const entries = log?.entries ?? [];
  return (
    <Stack gap="sm" data-testid="shift-log">
      <Group justify="space-between">
        <Title order={3}>{t('shift.log.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('shift.log.count', { n: entries.length })}
        </Text>
      </Group>
      <AddEntryForm shift={shift} staffId={staffId} />
      <ErrorAlert error={error} />
      {entries.length === 0 ? (
        <Text c="dimmed" ta="center" py="md" data-testid="shift-log-empty">
          {t('shift.log.none')}
        </Text>
      ) : (
        entries.map((e) => (
          <LogEntryCard
            key={e.id}
            entry={e}
            staffId={staffId}
            now={now}
            canWrite
            byId={byId}
            onHistory={onHistory}
          />
        ))
      )}
    </Stack>
  );
}

/** Follow-ups from earlier shifts still open: they travel with every shift until done. */
export function CarriedOverPanel({
  staffId,
  now,
  onHistory,
}: {
  staffId: string;
  now: number;
  onHistory: (entryId: string) => void;
}) {
  const t = useT();
  const carried = useShiftLogStore((s) => s.log?.carriedOver) ?? NONE;
  const byId = useEntriesById();
  return (
    <Paper withBorder radius="lg" p="md" data-testid="shift-carried">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('shift.carried.title')}</Title>
        <Badge variant="light" color={carried.length ? 'orange' : 'teal'}>
          {carried.length
            ? t('shift.carried.count', { n: carried.length })
            : t('shift.carried.none')}
        </Badge>
      </Group>
      <Stack gap="sm">
        {carried.map((e) => (
          <Stack key={e.id} gap={4}>
            <Text size="xs" c="dimmed" data-testid="shift-carried-travel">
              {t('shift.carried.travelled', {
                shift: e.shiftName,
                date: e.businessDate,
                n: e.carriedShifts,
              })}
            </Text>
            <LogEntryCard
              entry={e}
              staffId={staffId}
              now={now}
              canWrite
              byId={byId}
              onHistory={onHistory}
            />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
