import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { PersonRequestView } from '../../../../shared/contract/personDataViews';
import type { SessionView } from '../../../../shared/contract/views';
import { useT, type T } from '../../app/i18n';
import { RequestActions, type RowActions } from './RequestActions';

const STATUS_COLOR: Record<PersonRequestView['status'], string> = {
  pending: 'yellow',
  approved: 'teal',
  rejected: 'gray',
  exported: 'blue',
  erased: 'dark',
};

function Slots({ r, t }: { r: PersonRequestView; t: T }) {
  const slot = (key: 'supervisor' | 'admin', name: string | null) => (
    <Text
      size="xs"
      c={name ? 'teal' : 'dimmed'}
      fw={name ? 600 : 400}
      data-testid={`persondata-slot-${key}`}
    >
      {name
        ? t('approvals.slotDone', { slot: t(`approvals.slot.${key}`), name })
        : t('approvals.slotWaiting', { slot: t(`approvals.slot.${key}`) })}
    </Text>
  );
  return (
    <Stack gap={2}>
      {slot('supervisor', r.supervisorApprovedByName)}
      {(r.needsAdmin || r.adminApprovedByName) && slot('admin', r.adminApprovedByName)}
    </Stack>
  );
}

function Outcome({ r, t }: { r: PersonRequestView; t: T }) {
  if (r.status === 'rejected' && r.rejectedByName)
    return (
      <Text size="xs">
        {t('approvals.rejectedBy', { name: r.rejectedByName, note: r.rejectNote ?? '' })}
      </Text>
    );
  if (r.status === 'exported' && r.fileName)
    return <Text size="xs">{t('approvals.written', { fileName: r.fileName })}</Text>;
  if (r.status === 'erased' && r.erasedCounts) {
    const n = Object.values(r.erasedCounts).reduce((a, b) => a + (b ?? 0), 0);
    return <Text size="xs">{t('privacy.erasedCounts', { count: n })}</Text>;
  }
  return null;
}

/** Every personal data request, open ones first, with their approvals and what became of them. */
export function RequestsTable({
  requests,
  session,
  busyId,
  actions,
}: {
  requests: PersonRequestView[];
  session: SessionView;
  busyId: string | null;
  actions: RowActions;
}) {
  const t = useT();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('privacy.requests.title')}
      </Title>
      {requests.length === 0 ? (
        <Text c="dimmed" ta="center" py="md" data-testid="persondata-requests-empty">
          {t('privacy.requests.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" fz="sm" data-testid="persondata-requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.col.kind')}</Table.Th>
                <Table.Th>{t('privacy.col.person')}</Table.Th>
                <Table.Th>{t('privacy.col.requester')}</Table.Th>
                <Table.Th>{t('privacy.col.reason')}</Table.Th>
                <Table.Th>{t('privacy.col.status')}</Table.Th>
                <Table.Th>{t('privacy.col.approvals')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((r) => (
                <Table.Tr
                  key={r.id}
                  data-testid="persondata-request"
                  data-kind={r.kind}
                  data-status={r.status}
                >
                  <Table.Td>
                    <Badge variant="light" color={r.kind === 'erase' ? 'red' : 'blue'} tt="none">
                      {t(`privacy.requestKind.${r.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {r.subjectName ?? (
                      <Text span c="dimmed" size="sm">
                        {t('privacy.personGone')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.requestedByName}</Text>
                    <Text size="xs" c="dimmed">
                      {dayjs(r.requestedAt).format('YYYY-MM-DD HH:mm')}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={220}>
                    <Text size="sm" lineClamp={2}>
                      {r.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={STATUS_COLOR[r.status]}
                      variant={r.status === 'pending' ? 'outline' : 'light'}
                      tt="none"
                      miw="max-content"
                    >
                      {t(`privacy.status.${r.status}`)}
                    </Badge>
                    <Outcome r={r} t={t} />
                  </Table.Td>
                  <Table.Td>
                    <Slots r={r} t={t} />
                  </Table.Td>
                  <Table.Td>
                    <RequestActions
                      r={r}
                      session={session}
                      busy={busyId === r.id}
                      actions={actions}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
