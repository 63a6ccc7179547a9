import { Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ShiftView } from '../../../../shared/contract/shiftViews';
import type { ChecklistPhase } from '../../../../shared/domain/shift';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { hhmm } from '../desk/format';
import { useShiftStore } from './shiftStore';

/** 开班检查 / 交班前检查: each item ticked by whoever did it, with their name and time. */
export function ChecklistPanel({ shift, phase }: { shift: ShiftView; phase: ChecklistPhase }) {
  const t = useT();
  const check = useShiftStore((s) => s.check);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const items = shift.checks.filter((c) => c.phase === phase);
  const done = items.filter((c) => c.doneAt !== null).length;
  const complete = done === items.length;

  const toggle = async (itemId: string, value: boolean) => {
    setBusy(itemId);
    setError(await check(itemId, value));
    setBusy(null);
  };

  return (
    <Paper withBorder radius="lg" p="md" data-testid={`shift-checklist-${phase}`}>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t(`shift.checklist.${phase}`)}</Title>
        <Badge
          variant="light"
          color={complete ? 'teal' : 'gray'}
          data-testid={`shift-checklist-${phase}-progress`}
        >
          {complete
            ? t('shift.checklist.complete')
            : t('shift.checklist.progress', { done, total: items.length })}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('shift.checklist.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((item) => (
            <Checkbox
              key={item.itemId}
              size="md"
              checked={item.doneAt !== null}
              disabled={busy === item.itemId}
              onChange={(e) => void toggle(item.itemId, e.currentTarget.checked)}
              label={item.label}
              description={
                item.doneAt !== null
                  ? t('shift.checklist.doneBy', {
                      name: item.doneByName ?? '—',
                      time: hhmm(item.doneAt),
                    })
                  : undefined
              }
              data-testid="shift-check"
              data-item={item.itemId}
            />
          ))}
        </Stack>
      )}
      <ErrorAlert error={error} />
    </Paper>
  );
}
