import { Anchor, Badge, Group, Image, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import type { ComplaintView } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useCaseStore } from './caseStore';
import { FollowUpCalls } from './FollowUpCalls';

function Section({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title order={5} mb="xs">
        {title}
      </Title>
      <Stack gap={6}>{children}</Stack>
    </Paper>
  );
}

function Attachments({ view }: { view: ComplaintView }) {
  const t = useT();
  const [shown, setShown] = useState<{ name: string; url: string; image: boolean } | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const open = async (id: string, name: string, mimeType: string) => {
    const r = await useCaseStore.getState().attachment(id);
    if ('error' in r) return setError(r.error);
    setError(null);
    setShown({ name, url: r.url, image: mimeType.startsWith('image/') });
  };
  return (
    <Section title={t('complaint.section.attachments')} testId="complaint-attachments">
      {view.attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('complaint.attachments.none')}
        </Text>
      )}
      {view.attachments.map((a) => (
        <Group key={a.id} justify="space-between" wrap="nowrap" data-testid="complaint-attachment">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" truncate>
              {a.fileName}
            </Text>
            <Text size="xs" c="dimmed">
              {a.addedByName} · {dayjs(a.addedAt).format('MM-DD HH:mm')} ·{' '}
              {Math.ceil(a.size / 1024)} KB
            </Text>
          </Stack>
          <Anchor
            component="button"
            size="sm"
            onClick={() => void open(a.id, a.fileName, a.mimeType)}
          >
            {t('complaint.attachments.open')}
          </Anchor>
        </Group>
      ))}
      <ErrorAlert error={error} />
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown?.name} size="xl">
        {shown?.image ? (
          <Image src={shown.url} alt={shown.name} data-testid="attachment-image" />
        ) : (
          shown && (
            <Anchor href={shown.url} download={shown.name}>
              {shown.name}
            </Anchor>
          )
        )}
      </Modal>
    </Section>
  );
}

/** The internal notes (supervisor and admin only, main sends null to everyone else). */
function InternalNotes({ view }: { view: ComplaintView }) {
  const t = useT();
  if (view.internalNotes === null) return null;
  return (
    <Section title={t('complaint.section.notes')} testId="complaint-internal-notes">
      {view.internalNotes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('complaint.notes.none')}
        </Text>
      )}
      {view.internalNotes.map((n) => (
        <Stack key={n.id} gap={0}>
          <Group gap={4}>
            <IconLock size={12} />
            <Text size="xs" c="dimmed">
              {n.byName} · {dayjs(n.at).format('MM-DD HH:mm')}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {n.body}
          </Text>
        </Stack>
      ))}
    </Section>
  );
}

function Transfers({ view }: { view: ComplaintView }) {
  const t = useT();
  if (view.transfers.length === 0) return null;
  return (
    <Section title={t('complaint.section.transfers')} testId="complaint-transfers">
      {view.transfers.map((x) => (
        <Group key={x.id} justify="space-between" wrap="nowrap">
          <Text size="sm">
            {t('complaint.transfer.line', { from: x.fromName, to: x.toName, reason: x.reason })}
          </Text>
          <Badge
            size="sm"
            tt="none"
            color={x.acceptedAt ? 'teal' : x.declinedAt ? 'gray' : 'yellow'}
          >
            {t(
              x.acceptedAt
                ? 'complaint.transfer.accepted'
                : x.declinedAt
                  ? 'complaint.transfer.declined'
                  : 'complaint.transfer.open',
            )}
          </Badge>
        </Group>
      ))}
    </Section>
  );
}

export function CaseSide({ view }: { view: ComplaintView }) {
  const t = useT();
  return (
    <Stack gap="md">
      <Section title={t('complaint.section.followUps')} testId="complaint-followups">
        <FollowUpCalls view={view} />
      </Section>
      <InternalNotes view={view} />
      <Attachments view={view} />
      <Transfers view={view} />
    </Stack>
  );
}
