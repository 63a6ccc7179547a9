/** 闭店检查 and lost tags: the desk resolves each person by hand; nothing is checked out silently. */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { hhmm, money } from '../desk/format';
import { useOnSiteStore } from './onSiteStore';

export function ClosingCheck() {
  const t = useT();
  const { people, tags, actionError, checkOut } = useOnSiteStore();
  const byCheckIn = new Map(tags.map((tag) => [tag.checkInId, tag]));
  const unsettled = people.reduce(
    (sum, p) => sum + (byCheckIn.get(p.checkInId)?.openChargesCents ?? 0),
    0,
  );

  return (
    <Paper withBorder radius="lg" p="md" mt="md" data-noprint data-testid="closing-check">
      <Title order={4} mb="xs">
        {t('deskadmin.closing.title')}
      </Title>
      {people.length === 0 ? (
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          data-testid="closing-clear"
        >
          {t('deskadmin.closing.allClear')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text fw={600} data-testid="closing-summary">
            {t('deskadmin.closing.summary', { count: people.length, total: money(unsettled) })}
          </Text>
          <Table verticalSpacing="xs" data-testid="closing-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deskadmin.onsite.tag')}</Table.Th>
                <Table.Th>{t('deskadmin.onsite.name')}</Table.Th>
                <Table.Th>{t('deskadmin.onsite.since')}</Table.Th>
                <Table.Th>{t('deskadmin.closing.open')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => {
                const cents = byCheckIn.get(p.checkInId)?.openChargesCents ?? 0;
                const refused = actionError?.key === p.checkInId ? actionError.error : null;
                return (
                  <Table.Tr key={p.checkInId} data-testid="closing-row">
                    <Table.Td fw={700}>{p.tagNumber ?? '—'}</Table.Td>
                    <Table.Td>
                      {p.name ?? (p.clientId === null ? t('deskadmin.guest') : '—')}
                    </Table.Td>
                    <Table.Td>{hhmm(p.since)}</Table.Td>
                    <Table.Td>
                      {cents > 0 ? (
                        <Badge color="orange" variant="light">
                          {money(cents)}
                        </Badge>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-end">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => void checkOut(p.checkInId)}
                          data-testid="closing-checkout"
                        >
                          {t('deskadmin.closing.checkOut')}
                        </Button>
                        {refused && (
                          <>
                            <ErrorAlert error={refused} />
                            {refused.reason === 'desk.unsettled' && (
                              <Anchor
                                component="button"
                                type="button"
                                size="sm"
                                onClick={() => go('desk')}
                                data-testid="closing-to-desk"
                              >
                                {t('deskadmin.closing.toDesk')}
                              </Anchor>
                            )}
                          </>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Paper>
  );
}

export function LostTags() {
  const t = useT();
  const { lostTags, actionError, tagFound } = useOnSiteStore();
  const refused = actionError?.key.startsWith('tag:') ? actionError.error : null;
  return (
    <Paper withBorder radius="lg" p="md" mt="md" data-noprint data-testid="lost-tags">
      <Title order={4} mb="xs">
        {t('deskadmin.lost.title')}
      </Title>
      <ErrorAlert error={refused} />
      {lostTags.length === 0 ? (
        <Text c="dimmed" data-testid="lost-none">
          {t('deskadmin.lost.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {lostTags.map((tag) => (
            <Group key={tag.tagNumber} justify="space-between" data-testid="lost-row">
              <Text fw={700}>
                {tag.tagNumber}
                {tag.lostAt !== null && (
                  <Text span c="dimmed" fz="sm" ml="sm">
                    {t('deskadmin.lost.since', { time: hhmm(tag.lostAt) })}
                  </Text>
                )}
              </Text>
              <Button
                size="xs"
                variant="light"
                onClick={() => void tagFound(tag.tagNumber)}
                data-testid="lost-found"
              >
                {t('deskadmin.lost.found')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
