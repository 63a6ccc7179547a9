import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { BoardNow } from '../../../../../shared/contract/handoverViews';
import { useT } from '../../../app/i18n';
import { hhmm, money } from '../format';

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string | number;
  hint?: string;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <Text size="xs" fw={600} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <Text fz={24} fw={800} lh={1.2} ff="monospace">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {hint}
        </Text>
      )}
    </div>
  );
}

/**
 * 此刻: the desk as main counts it now, whatever the shifts' state. A shift not yet handed
 * over has no figures of its own; people are in and cash is taken all the same.
 */
export function BoardNowStrip({ now }: { now: BoardNow }) {
  const t = useT();
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      mb="md"
      style={{ borderLeft: '4px solid var(--mantine-color-blue-6)' }}
      data-testid="board-now"
    >
      <Group justify="space-between" mb={6} wrap="wrap" gap="xs">
        <Group gap="xs">
          <Text fw={700}>{t('handover.board.now.title')}</Text>
          <Text size="sm" c="dimmed" ff="monospace">
            {hhmm(now.at)}
          </Text>
        </Group>
        <Badge variant="light" color={now.shiftName ? 'blue' : 'red'} data-testid="board-now-shift">
          {now.shiftName
            ? t('handover.board.now.shift', { name: now.shiftName })
            : t('handover.board.now.noShift')}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 3, md: 5 }} spacing="sm">
        <Figure label={t('handover.board.now.onSite')} value={now.onSite} testId="now-onsite" />
        <Figure label={t('handover.board.now.tagsOut')} value={now.tagsOut} testId="now-tags" />
        <Figure
          label={t('handover.board.now.entries', { date: now.businessDate.slice(5) })}
          value={now.entries}
          testId="now-entries"
        />
        <Figure
          label={t('handover.board.now.cash')}
          value={money(now.cashTakenCents)}
          hint={t('handover.board.now.cashHint')}
          testId="now-cash"
        />
        <Figure
          label={t('handover.board.now.waiting')}
          value={now.visitorsWaiting}
          testId="now-waiting"
        />
      </SimpleGrid>
    </Paper>
  );
}
