/** The key figures of the period, each with its change against the previous one. */
import { Card, Group, SimpleGrid, Text } from '@mantine/core';
import type { ReportView } from '../../../../shared/contract/reportViews';
import { useT } from '../../app/i18n';
import { DeltaBadge } from './parts';
import { summaryCards } from './sections';

export function Summary({ view }: { view: ReportView }) {
  const t = useT();
  const cards = summaryCards(t, view);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="report-summary">
      {cards.map((c) => (
        <Card key={c.key} withBorder radius="md" padding="sm" data-testid={`summary-${c.key}`}>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {c.label}
          </Text>
          {/* A chain's yuan are long: the change wraps below the figure rather than shrink. */}
          <Group justify="space-between" align="flex-end" wrap="wrap" gap={6}>
            <Text
              fz={26}
              fw={700}
              lh={1.2}
              style={{ fontVariantNumeric: 'tabular-nums' }}
              data-testid="summary-value"
            >
              {c.format(c.current)}
            </Text>
            <DeltaBadge current={c.current} previous={c.previous} good={c.good} />
          </Group>
          <Text size="xs" c="dimmed" data-testid="summary-previous">
            {t('reports.summary.before', { value: c.format(c.previous) })}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
