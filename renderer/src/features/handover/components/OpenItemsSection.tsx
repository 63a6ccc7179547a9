import { Badge, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type {
  HandoverComplaint,
  HandoverOpenItems,
  OpenFollowUp,
  OpenTag,
} from '../../../../../shared/contract/handoverViews';
import { useT } from '../../../app/i18n';
import { dateTime, hhmm, money } from '../format';
import { useHandoverStore } from '../store';
import { Empty, SubHead } from './bits';

/** One open follow-up: what, who owns it, by when, and how many shifts it has travelled. */
export function FollowUpLine({ f, action }: { f: OpenFollowUp; action?: ReactNode }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="xs" px="sm" data-testid="followup" data-overdue={f.overdue}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Badge size="sm" variant="light" color="gray">
              {t(`handover.category.${f.category}`)}
            </Badge>
            {f.overdue && (
              <Badge size="sm" color="red" data-testid="followup-overdue">
                {t('handover.open.overdue')}
              </Badge>
            )}
            <Badge
              size="sm"
              variant="outline"
              color={f.carriedShifts > 1 ? 'orange' : 'gray'}
              data-testid="followup-carried"
            >
              {f.carriedShifts > 1
                ? t('handover.open.carried', { n: f.carriedShifts })
                : t('handover.open.new')}
            </Badge>
          </Group>
          <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }}>
            {f.body}
          </Text>
          <Text size="xs" c="dimmed">
            {[
              f.ownerName
                ? t('handover.open.owner', { name: f.ownerName })
                : t('handover.open.noOwner'),
              f.dueAt !== null ? t('handover.open.due', { time: dateTime(f.dueAt) }) : null,
              t('handover.open.logged', { time: dateTime(f.loggedAt), shift: f.loggedShiftName }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        {action}
      </Group>
    </Paper>
  );
}

function TagNoteInput({ tag }: { tag: OpenTag }) {
  const t = useT();
  const value = useHandoverStore((s) => s.form.tagNotes[tag.tagNumber] ?? tag.note ?? '');
  const editTagNote = useHandoverStore((s) => s.editTagNote);
  const flush = useHandoverStore((s) => s.flush);
  return (
    <TextInput
      size="sm"
      aria-label={t('handover.open.why')}
      placeholder={t('handover.open.whyPlaceholder')}
      value={value}
      onChange={(e) => editTagNote(tag.tagNumber, e.currentTarget.value)}
      onBlur={() => void flush()}
      // Red until explained; the Sign button's list says why in words.
      error={value.trim() === ''}
      title={value.trim() === '' ? t('handover.open.whyRequired') : undefined}
      maxLength={200}
      withAsterisk
      data-testid={`tag-note-${tag.tagNumber}`}
    />
  );
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

function TagsOut({ tags, editable }: { tags: OpenTag[]; editable: boolean }) {
  const t = useT();
  if (tags.length === 0)
    return <Empty testId="tags-out-none">{t('handover.open.noTagsOut')}</Empty>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} data-testid="tags-out">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60} style={NOWRAP}>
              {t('handover.open.tag')}
            </Table.Th>
            <Table.Th style={NOWRAP}>{t('handover.open.member')}</Table.Th>
            <Table.Th w={80} style={NOWRAP}>
              {t('handover.open.since')}
            </Table.Th>
            <Table.Th w={100} ta="right" style={NOWRAP}>
              {t('handover.open.charges')}
            </Table.Th>
            <Table.Th miw={220} style={NOWRAP}>
              {t('handover.open.why')}
              {editable && (
                <Text span c="red" fw={700}>
                  {' *'}
                </Text>
              )}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tags.map((tag) => (
            <Table.Tr key={tag.tagNumber} data-testid="tag-out">
              <Table.Td fw={800} fz="lg">
                {tag.tagNumber}
              </Table.Td>
              <Table.Td>{tag.name}</Table.Td>
              <Table.Td>{hhmm(tag.since)}</Table.Td>
              <Table.Td
                ta="right"
                ff="monospace"
                c={tag.openChargeCents > 0 ? 'orange.8' : undefined}
              >
                {money(tag.openChargeCents)}
              </Table.Td>
              <Table.Td>
                {editable ? <TagNoteInput tag={tag} /> : <Text size="sm">{tag.note ?? '—'}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const DEADLINE_COLOR = {
  onTime: 'gray',
  dueSoon: 'orange',
  overdue: 'red',
  paused: 'blue',
  done: 'green',
} as const;

/** A case not closed: number, what happened, where it stands, who owns it, by when. */
function ComplaintLine({ c }: { c: HandoverComplaint }) {
  const t = useT();
  return (
    <Paper
      withBorder
      radius="md"
      p="xs"
      px="sm"
      data-testid="complaint"
      data-deadline={c.deadlineState}
    >
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {c.number}
        </Text>
        <Badge size="sm" variant="light" color="gray">
          {t(`complaint.state.${c.state}`)}
        </Badge>
        <Badge size="sm" color={DEADLINE_COLOR[c.deadlineState]} data-testid="complaint-deadline">
          {t(`complaint.deadline.${c.deadlineState}`)}
        </Badge>
        {c.level > 0 && (
          <Badge size="sm" variant="outline" color="red">
            {t('complaint.level.n', { level: c.level })}
          </Badge>
        )}
      </Group>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>
        {c.title}
      </Text>
      <Text size="xs" c="dimmed">
        {t('handover.open.complaintOwner', { name: c.ownerName })}
        {c.dueAt !== null && <> · {t('handover.open.due', { time: dateTime(c.dueAt) })}</>}
      </Text>
    </Paper>
  );
}

/** Everything still open now: it travels to the next shift with this handover. */
export function OpenItemsBody({
  items,
  editable,
}: {
  items: HandoverOpenItems;
  editable: boolean;
}) {
  const t = useT();
  const { followUps, complaints, waitingVisitors, tagsOut, unsettled, unreadMessages } = items;
  return (
    <>
      <SubHead label={t('handover.open.followUps')} count={followUps.length} />
      {followUps.length === 0 ? (
        <Empty>{t('handover.open.noFollowUps')}</Empty>
      ) : (
        <Stack gap={6}>
          {followUps.map((f) => (
            <FollowUpLine key={f.entryId} f={f} />
          ))}
        </Stack>
      )}

      <SubHead label={t('handover.open.tagsOut')} count={tagsOut.length} />
      <TagsOut tags={tagsOut} editable={editable} />

      <SubHead label={t('handover.open.unsettled')} />
      <Text size="sm" data-testid="unsettled" c={unsettled.count > 0 ? 'orange.8' : 'dimmed'}>
        {unsettled.count > 0
          ? t('handover.open.unsettledValue', {
              count: unsettled.count,
              total: money(unsettled.totalCents),
            })
          : t('handover.open.noUnsettled')}
      </Text>

      <SubHead label={t('handover.open.waiting')} count={waitingVisitors.length} />
      {waitingVisitors.length === 0 ? (
        <Empty>{t('handover.open.noWaiting')}</Empty>
      ) : (
        waitingVisitors.map((v) => (
          <Text size="sm" key={v.id} data-testid="waiting-visitor">
            <b>{v.name}</b>{' '}
            <Text span c="dimmed" size="sm">
              {t('handover.open.waitingLine', {
                time: hhmm(v.registeredAt),
                consultant: v.consultantName ?? t('handover.open.noConsultant'),
              })}
            </Text>
          </Text>
        ))
      )}

      <SubHead label={t('handover.open.messages')} count={unreadMessages.length} />
      {unreadMessages.length === 0 ? (
        <Empty>{t('handover.open.noMessages')}</Empty>
      ) : (
        unreadMessages.map((m) => (
          <Text size="sm" key={m.id} data-testid="unread-message">
            {t('handover.open.messageLine', {
              from: m.fromName,
              to: m.toName ?? t('handover.open.nextShift'),
              time: dateTime(m.at),
            })}
          </Text>
        ))
      )}

      <SubHead label={t('handover.open.complaints')} count={complaints.length} />
      {complaints.length === 0 ? (
        <Empty testId="complaints-none">{t('handover.open.noComplaints')}</Empty>
      ) : (
        <Stack gap={6}>
          {complaints.map((c) => (
            <ComplaintLine key={c.id} c={c} />
          ))}
        </Stack>
      )}
    </>
  );
}
