import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { ReviewDue, ReviewKind } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import type { Role } from '../../../../shared/domain/roles';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT, type T } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { ReviewModal, type ReviewOutcome } from './ReviewModal';
import { useReviewsStore, WITHIN_DAYS } from './store';

/** Who may record a credit review (main enforces it; this only explains it up front). */
const CREDIT_REVIEWERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

const GRADE_COLOR = { A: 'teal', B: 'blue', C: 'orange', D: 'red' } as const;

/** Days from today to the due day: negative when overdue. */
export function daysUntil(dueOn: string, today = dayjs()): number {
  return dayjs(dueOn).startOf('day').diff(today.startOf('day'), 'day');
}

function StatusBadge({ r, t }: { r: ReviewDue; t: T }) {
  const days = daysUntil(r.dueOn);
  if (r.overdue || days < 0)
    return (
      <Badge
        tt="none"
        miw="max-content"
        color="red"
        variant="filled"
        size="lg"
        data-testid="review-status"
      >
        {t('reviews.overdue', { days: Math.max(1, -days) })}
      </Badge>
    );
  if (days === 0)
    return (
      <Badge
        tt="none"
        miw="max-content"
        color="orange"
        variant="light"
        size="lg"
        data-testid="review-status"
      >
        {t('reviews.dueToday')}
      </Badge>
    );
  return (
    <Badge
      tt="none"
      miw="max-content"
      color="yellow"
      variant="light"
      size="lg"
      data-testid="review-status"
    >
      {t('reviews.dueIn', { days })}
    </Badge>
  );
}

function ReviewTable({
  rows,
  t,
  onDone,
}: {
  rows: ReviewDue[];
  t: T;
  onDone: (r: ReviewDue) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reviews.col.client')}</Table.Th>
            <Table.Th>{t('reviews.col.card')}</Table.Th>
            <Table.Th>{t('reviews.col.grade')}</Table.Th>
            <Table.Th>{t('reviews.col.due')}</Table.Th>
            <Table.Th>{t('reviews.col.status')}</Table.Th>
            <Table.Th w={140} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={`${r.kind}-${r.client.id}`}
              data-testid="review-row"
              data-kind={r.kind}
              data-client-id={r.client.id}
              data-overdue={r.overdue ? 'true' : 'false'}
            >
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  fw={600}
                  onClick={() => go('client', r.client.id)}
                  data-testid="review-client"
                >
                  {r.client.name}
                </Anchor>
                {r.client.nameLatin && (
                  <Text size="xs" c="dimmed">
                    {r.client.nameLatin}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace">{r.client.cardNumber ?? '—'}</Table.Td>
              <Table.Td>
                <Badge
                  tt="none"
                  miw="max-content"
                  color={GRADE_COLOR[r.client.creditGrade]}
                  variant="light"
                  size="lg"
                >
                  {r.client.creditGrade}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.dueOn}</Table.Td>
              <Table.Td>
                <StatusBadge r={r} t={t} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconCheck size={14} />}
                  onClick={() => onDone(r)}
                  data-testid="review-mark-done"
                >
                  {t('reviews.markDone')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function KindPanel({
  rows,
  t,
  onDone,
}: {
  rows: ReviewDue[];
  t: T;
  onDone: (r: ReviewDue) => void;
}) {
  const overdue = rows.filter((r) => r.overdue);
  const soon = rows.filter((r) => !r.overdue);
  if (rows.length === 0)
    return (
      <Text c="dimmed" ta="center" py="xl" data-testid="reviews-empty">
        {t('reviews.empty', { days: WITHIN_DAYS })}
      </Text>
    );
  return (
    <Stack gap="lg">
      {overdue.length > 0 && (
        <div data-testid="reviews-overdue">
          <Title order={4} c="red" mb="xs">
            {t('reviews.section.overdue')} · {overdue.length}
          </Title>
          <ReviewTable rows={overdue} t={t} onDone={onDone} />
        </div>
      )}
      {soon.length > 0 && (
        <div data-testid="reviews-soon">
          <Title order={4} mb="xs">
            {t('reviews.section.soon', { days: WITHIN_DAYS })} · {soon.length}
          </Title>
          <ReviewTable rows={soon} t={t} onDone={onDone} />
        </div>
      )}
    </Stack>
  );
}

export function ReviewsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { due, error, load, complete } = useReviewsStore();
  const [kind, setKind] = useState<ReviewKind>('file');
  const [target, setTarget] = useState<ReviewDue | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const byKind = useMemo(() => {
    // Overdue first (oldest first), then what falls due soonest.
    const sorted = [...due].sort(
      (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn),
    );
    return {
      file: sorted.filter((r) => r.kind === 'file'),
      credit: sorted.filter((r) => r.kind === 'credit'),
    };
  }, [due]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="reviews.due" feature={t('nav.reviews')} role={session.role} />;

  const submit = async (outcome: ReviewOutcome) => {
    const r = target!;
    const failure = await complete({ clientId: r.client.id, kind: r.kind, ...outcome });
    if (!failure) {
      const message = t('reviews.done', { name: r.client.name });
      setDone(message);
      notifications.show({ color: 'teal', message });
    }
    return failure;
  };

  const tabLabel = (k: ReviewKind) => {
    const overdue = byKind[k].filter((r) => r.overdue).length;
    return (
      <Group gap={6} wrap="nowrap">
        {t(k === 'file' ? 'reviews.tab.file' : 'reviews.tab.credit')}
        <Badge tt="none" miw="max-content" size="sm" variant="light" color="gray">
          {byKind[k].length}
        </Badge>
        {overdue > 0 && (
          <Badge tt="none" miw="max-content" size="sm" color="red" variant="filled">
            {t('reviews.section.overdue')} {overdue}
          </Badge>
        )}
      </Group>
    );
  };

  return (
    <>
      <PageHeader title={t('reviews.title')} subtitle={t('reviews.subtitle')} />
      <ErrorAlert error={error} />
      {done && (
        <Alert
          color="teal"
          icon={<IconCheck size={18} />}
          withCloseButton
          onClose={() => setDone(null)}
          mb="md"
          data-testid="reviews-success"
        >
          {done}
        </Alert>
      )}
      <Tabs value={kind} onChange={(v) => v && setKind(v as ReviewKind)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="file" data-testid="reviews-tab-file">
            {tabLabel('file')}
          </Tabs.Tab>
          <Tabs.Tab value="credit" data-testid="reviews-tab-credit">
            {tabLabel('credit')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="file">
          <KindPanel rows={byKind.file} t={t} onDone={setTarget} />
        </Tabs.Panel>
        <Tabs.Panel value="credit">
          {!CREDIT_REVIEWERS.includes(session.role) && (
            <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} mb="md">
              {t('reviews.creditRoleHint')}
            </Alert>
          )}
          <KindPanel rows={byKind.credit} t={t} onDone={setTarget} />
        </Tabs.Panel>
      </Tabs>
      <ReviewModal
        target={target}
        role={session.role}
        onClose={() => setTarget(null)}
        onSubmit={submit}
      />
    </>
  );
}
