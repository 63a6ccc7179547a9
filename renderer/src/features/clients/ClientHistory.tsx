import { Center, Group, Loader, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { labelOr, useT, type T } from '../../app/i18n';
import { useClientFileStore } from './store';

function value(t: T, field: string, v: string | null) {
  if (v === null || v === '')
    return (
      <Text span c="dimmed">
        {t('clients.history.emptyValue')}
      </Text>
    );
  // Enumerations arrive as their codes; show the word where there is one.
  const label = {
    membershipStatus: `clients.status.${v}`,
    secrecy: `clients.secrecy.${v}`,
    kind: `clients.kind.${v}`,
    gender: `clients.gender.${v}`,
    idType: `clients.idType.${v}`,
  }[field];
  return <Text span>{label ? labelOr(t, label, v) : v}</Text>;
}

/** Who changed what, when: old → new (phone and ID numbers stay masked here too). */
export function ClientHistory() {
  const t = useT();
  const history = useClientFileStore((s) => s.history);
  const error = useClientFileStore((s) => s.historyError);
  const load = useClientFileStore((s) => s.loadHistory);
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <ErrorAlert error={error} />;
  if (!history)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (history.length === 0)
    return (
      <Text c="dimmed" ta="center" py="lg" data-testid="client-history-empty">
        {t('clients.history.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="client-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.history.col.when')}</Table.Th>
            <Table.Th>{t('clients.history.col.who')}</Table.Th>
            <Table.Th>{t('clients.history.col.field')}</Table.Th>
            <Table.Th>{t('clients.history.col.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((c, i) => (
            <Table.Tr key={`${c.at}-${c.field}-${i}`} data-testid={`history-row-${i}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {dayjs(c.at).format('YYYY-MM-DD HH:mm')}
              </Table.Td>
              <Table.Td>{c.staffName ?? t('clients.history.system')}</Table.Td>
              <Table.Td>{labelOr(t, `clients.field.${c.field}`, c.field)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {value(t, c.field, c.oldValue)}
                  <IconArrowRight size={14} style={{ flexShrink: 0 }} />
                  {value(t, c.field, c.newValue)}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
