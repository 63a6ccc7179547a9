import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { dateTime, money } from '../handover/format';
import { IncidentFormModal } from './IncidentFormModal';
import { useIncidentStore } from './store';

/** 突发事件: every report, newest first, with its signature state. */
export function IncidentsScreen() {
  const t = useT();
  const { query, items, total, listError, setQuery, loadList, openForm } = useIncidentStore();
  useEffect(() => {
    void loadList();
  }, [loadList]);
  return (
    <>
      <PageHeader
        title={t('incidents.title')}
        subtitle={t('incidents.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => openForm()}
            data-testid="incident-new"
          >
            {t('incidents.new')}
          </Button>
        }
      />
      <Group mb="sm" justify="space-between">
        <TextInput
          w={320}
          leftSection={<IconSearch size={16} />}
          placeholder={t('incidents.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-testid="incident-search"
        />
        <Text size="sm" c="dimmed">
          {t('incidents.total', { count: total })}
        </Text>
      </Group>
      <ErrorAlert error={listError} />
      {items.length === 0 ? (
        <Text c="dimmed" data-testid="incidents-none">
          {t('incidents.none')}
        </Text>
      ) : (
        <Table highlightOnHover verticalSpacing="xs" data-testid="incident-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('incidents.col.number')}</Table.Th>
              <Table.Th>{t('incidents.col.when')}</Table.Th>
              <Table.Th>{t('incidents.col.person')}</Table.Th>
              <Table.Th>{t('incidents.col.kind')}</Table.Th>
              <Table.Th>{t('incidents.col.place')}</Table.Th>
              <Table.Th ta="right">{t('incidents.col.costs')}</Table.Th>
              <Table.Th>{t('incidents.col.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr
                key={i.id}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                onClick={() => go('incident', i.id)}
                onKeyDown={(e) => e.key === 'Enter' && go('incident', i.id)}
                data-testid="incident-row"
              >
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {i.number}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(i.occurredAt)}</Table.Td>
                <Table.Td fw={600}>{i.personName}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" color={i.kind === 'injury' ? 'red' : 'gray'}>
                      {t(`incidents.kind.${i.kind}`)}
                    </Badge>
                    {i.hospitalEscort && (
                      <Badge variant="outline" color="red">
                        {t('incidents.escorted')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{i.place}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(i.costsCents)}
                </Table.Td>
                <Table.Td>
                  <Badge color={i.signed ? 'teal' : 'orange'} variant="light">
                    {t(i.signed ? 'incidents.signed' : 'incidents.unsigned')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <IncidentFormModal />
    </>
  );
}
