import { Accordion, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { PersonDataGroup, PersonDataView } from '../../../../shared/contract/personDataViews';
import { useT, type T } from '../../app/i18n';
import { go } from '../../app/route';
import { itemLabel } from './labels';

const when = (at: number | null) => (at === null ? '—' : dayjs(at).format('YYYY-MM-DD HH:mm'));

function GroupItems({ group, t }: { group: PersonDataGroup; t: T }) {
  return (
    <Stack gap={4}>
      <Table striped withTableBorder fz="sm" data-testid={`persondata-items-${group.kind}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('privacy.col.when')}</Table.Th>
            <Table.Th>{t('privacy.col.what')}</Table.Th>
            <Table.Th w={170}>{t('privacy.col.ref')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{when(item.at)}</Table.Td>
              <Table.Td>
                {itemLabel(t, item)}
                {item.label === 'clientFile.match' && (
                  <Anchor
                    ml="sm"
                    size="sm"
                    onClick={() => go('persondata', item.id)}
                    data-testid="persondata-use-file"
                  >
                    {t('privacy.found.useFile')}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{item.ref ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {group.count > group.items.length && (
        <Text size="xs" c="dimmed">
          {t('privacy.found.more', { shown: group.items.length, count: group.count })}
        </Text>
      )}
    </Stack>
  );
}

/** Everything held, one line per kind with its count; the kinds with records open to list them. */
export function FoundGroups({ view }: { view: PersonDataView }) {
  const t = useT();
  const held = view.groups.filter((g) => g.count > 0);
  const empty = view.groups.filter((g) => g.count === 0);
  return (
    <Paper withBorder p="md" radius="md" data-testid="persondata-found">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('privacy.found.title', { name: view.subject.name })}</Title>
        <Text size="sm" c="dimmed" data-testid="persondata-total">
          {t('privacy.found.total', { count: view.total })}
        </Text>
      </Group>
      {held.length === 0 ? (
        <Text c="dimmed">{t('privacy.found.none')}</Text>
      ) : (
        <Accordion multiple variant="separated" chevronPosition="left">
          {held.map((g) => (
            <Accordion.Item key={g.kind} value={g.kind} data-testid={`persondata-group-${g.kind}`}>
              <Accordion.Control>
                <Group justify="space-between" pr="sm">
                  <Text fw={500}>{t(`privacy.kind.${g.kind}`)}</Text>
                  <Badge variant="light" data-testid="persondata-count">
                    {g.count}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <GroupItems group={g} t={t} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {empty.length > 0 && (
        <Group gap={6} mt="sm">
          {empty.map((g) => (
            <Badge key={g.kind} variant="outline" color="gray" tt="none">
              {t(`privacy.kind.${g.kind}`)} 0
            </Badge>
          ))}
        </Group>
      )}
    </Paper>
  );
}
