import { Badge, Table, Text } from '@mantine/core';
import type { ComplaintSummary } from '../../../../shared/contract/complaintViews';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { Countdown } from './Countdown';
import { SEVERITY_COLOR } from './format';

/** Cases as rows; a row opens its case (click or Enter). */
export function ComplaintTable({
  items,
  offsetMs,
  testId = 'complaint-rows',
  compact = false,
}: {
  items: ComplaintSummary[];
  offsetMs: number;
  testId?: string;
  /** A narrow card (the board's attention list): number, client, state and deadline only. */
  compact?: boolean;
}) {
  const t = useT();
  if (items.length === 0)
    return (
      <Text c="dimmed" size="sm" data-testid={`${testId}-none`}>
        {t('complaints.none')}
      </Text>
    );
  return (
    <Table highlightOnHover verticalSpacing={6} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('complaints.col.number')}</Table.Th>
          <Table.Th>{t('complaints.col.client')}</Table.Th>
          {!compact && <Table.Th>{t('complaints.col.summary')}</Table.Th>}
          <Table.Th>{t('complaints.col.state')}</Table.Th>
          {!compact && <Table.Th>{t('complaints.col.owner')}</Table.Th>}
          <Table.Th>{t('complaints.col.due')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr
            key={c.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => go('complaint', c.id)}
            onKeyDown={(e) => e.key === 'Enter' && go('complaint', c.id)}
            data-testid="complaint-row"
            data-number={c.number}
          >
            <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {c.number}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {c.clientName ?? t('complaints.anonymous')}
            </Table.Td>
            {!compact && (
              <Table.Td maw={320}>
                <Text size="sm" lineClamp={1}>
                  <Badge
                    size="xs"
                    variant="dot"
                    color={SEVERITY_COLOR[c.severity]}
                    mr={6}
                    tt="none"
                  >
                    {t(`complaint.severity.${c.severity}`)}
                  </Badge>
                  {c.summary}
                </Text>
              </Table.Td>
            )}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {t(`complaint.state.${c.state}`)}
              {c.level > 0 && (
                <Badge size="xs" color="red" ml={4} tt="none">
                  {t('complaint.level.n', { level: c.level })}
                </Badge>
              )}
            </Table.Td>
            {!compact && <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.ownerName}</Table.Td>}
            <Table.Td>
              <Countdown c={c} offsetMs={offsetMs} size="sm" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
