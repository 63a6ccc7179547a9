import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconCircleCheck,
  IconFileTypePdf,
  IconFingerprint,
  IconPencilPlus,
  IconPrinter,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { HandoverSignature, HandoverView } from '../../../../../shared/contract/handoverViews';
import type { SessionView } from '../../../../../shared/contract/views';
import { RECEPTION_DESK } from '../../../../../shared/domain/rotation';
import { SHIFT_MANAGERS } from '../../../../../shared/domain/shift';
import { useT } from '../../../app/i18n';
import { go } from '../../../app/route';
import { dateTime } from '../format';
import { useHandoverStore } from '../store';
import { CorrectionModal } from './CorrectionModal';
import { ReviewModal, type ReviewTarget } from './ReviewModal';

function Signature({
  label,
  sig,
  testId,
}: {
  label: string;
  sig: HandoverSignature | null;
  testId: string;
}) {
  const t = useT();
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      {sig ? (
        <>
          <Text fw={700}>{sig.name}</Text>
          <Text size="xs" c="dimmed">
            {t('handover.sig.at', { time: dateTime(sig.at) })}
          </Text>
        </>
      ) : (
        <Text c="orange.8" size="sm" fw={600}>
          {t('handover.sig.pending')}
        </Text>
      )}
    </div>
  );
}

export function Signatures({ view }: { view: HandoverView }) {
  const t = useT();
  return (
    <Group grow align="flex-start">
      <Signature label={t('handover.sig.outgoing')} sig={view.outgoing} testId="sig-outgoing" />
      <Signature label={t('handover.sig.incoming')} sig={view.incoming} testId="sig-incoming" />
    </Group>
  );
}

export function Fingerprint({ view }: { view: HandoverView }) {
  const t = useT();
  if (!view.auditFingerprint) return null;
  return (
    <Paper radius="md" p="sm" bg="var(--mantine-color-default-hover)">
      <Group gap={6} mb={4}>
        <IconFingerprint size={18} />
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {t('handover.fingerprint')}
        </Text>
      </Group>
      <Text ff="monospace" fw={700} fz={20} lts={1} data-testid="handover-fingerprint">
        {view.auditFingerprint}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('handover.fingerprintHint')}
      </Text>
    </Paper>
  );
}

/** Why the incoming side flagged it, right by the Accept button that resolves it. */
function FlagReasons({ view }: { view: HandoverView }) {
  const t = useT();
  return (
    <Paper radius="md" p="sm" bg="var(--mantine-color-orange-light)" data-testid="review-flags">
      <Text size="xs" fw={700} c="orange.9" mb={4}>
        {t('handover.review.flagReasons')}
      </Text>
      <Stack gap={6}>
        {view.flags.map((f) => (
          <div key={`${f.section}-${f.at}`} data-testid="review-flag">
            <Badge size="sm" color="orange" variant="outline" mb={2}>
              {t(`handover.section.${f.section}`)}
            </Badge>
            <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {f.note}
            </Text>
            <Text size="xs" c="dimmed">
              {t('handover.flags.by', { name: f.byName, time: dateTime(f.at) })}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function Review({ view, session }: { view: HandoverView; session: SessionView }) {
  const t = useT();
  const review = useHandoverStore((s) => s.review);
  const [target, setTarget] = useState<ReviewTarget | null>(null);
  const canAccept =
    SHIFT_MANAGERS.includes(session.role) &&
    (view.status === 'signed' || view.status === 'flagged') &&
    !view.review;
  return (
    <Stack gap={4} data-testid="review">
      <Title order={5}>{t('handover.review.title')}</Title>
      {view.review ? (
        <>
          <Group gap={6}>
            <IconCircleCheck size={18} color="var(--mantine-color-green-7)" />
            <Text size="sm" fw={600} c="green.8">
              {t('handover.review.by', {
                name: view.review.reviewerName,
                time: dateTime(view.review.at),
              })}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="review-note-text">
            {view.review.note}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('handover.review.none')}
        </Text>
      )}
      {canAccept && view.flags.length > 0 && <FlagReasons view={view} />}
      {canAccept && (
        <Button
          color="green"
          mt={4}
          onClick={() =>
            setTarget({
              handoverId: view.id,
              shiftName: view.shiftName,
              businessDate: view.businessDate,
              flaggedSections: view.flags.map((f) => f.section),
            })
          }
          data-testid="handover-accept"
        >
          {t('handover.review.accept')}
        </Button>
      )}
      <ReviewModal target={target} onClose={() => setTarget(null)} onSubmit={review} />
    </Stack>
  );
}

function Corrections({ view, session }: { view: HandoverView; session: SessionView }) {
  const t = useT();
  const correct = useHandoverStore((s) => s.correct);
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap={6} data-testid="corrections">
      <Group justify="space-between">
        <Title order={5}>{t('handover.corr.title')}</Title>
        {RECEPTION_DESK.includes(session.role) && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPencilPlus size={16} />}
            onClick={() => setAdding(true)}
            data-testid="correction-add"
          >
            {t('handover.corr.add')}
          </Button>
        )}
      </Group>
      {view.corrections.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('handover.corr.none')}
        </Text>
      ) : (
        view.corrections.map((c) => (
          <Paper key={c.id} withBorder radius="md" p="xs" data-testid="correction">
            <Badge size="sm" variant="light" mb={4}>
              {t(`handover.section.${c.section}`)}
            </Badge>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
            <Text size="xs" c="dimmed">
              {t('handover.corr.by', { name: c.byName, time: dateTime(c.at) })}
            </Text>
          </Paper>
        ))
      )}
      <CorrectionModal opened={adding} onClose={() => setAdding(false)} onSubmit={correct} />
    </Stack>
  );
}

export function PrintButtons({ id }: { id: string }) {
  const t = useT();
  return (
    <Group grow>
      <Button
        variant="default"
        leftSection={<IconPrinter size={18} />}
        onClick={() => go('print', `handover:${id}`)}
        data-testid="handover-print"
      >
        {t('handover.print')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={18} />}
        onClick={() => go('print', `handover:${id}`)}
        data-testid="handover-pdf"
      >
        {t('handover.savePdf')}
      </Button>
    </Group>
  );
}

/** Signed, flagged or accepted: who signed, the fingerprint, the review and the corrections. */
export function SignedPanel({ view, session }: { view: HandoverView; session: SessionView }) {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p="md" data-testid="signed-panel">
      <Stack gap="md">
        <div>
          <Title order={5} mb="xs">
            {t('handover.sig.title')}
          </Title>
          <Signatures view={view} />
        </div>
        {/* The review first: a flag's reason and Accept stay on the first screen. */}
        {view.status !== 'awaitingIncoming' && (
          <>
            <Divider />
            <Review view={view} session={session} />
            <Divider />
          </>
        )}
        <Fingerprint view={view} />
        <PrintButtons id={view.id} />
        <Divider />
        <Corrections view={view} session={session} />
      </Stack>
    </Paper>
  );
}
