import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconCheck, IconCircleDashed, IconFlag, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import type { HandoverView } from '../../../../../shared/contract/handoverViews';
import type { SessionView } from '../../../../../shared/contract/views';
import { HANDOVER_SECTIONS, type HandoverSection } from '../../../../../shared/domain/shift';
import { useT } from '../../../app/i18n';
import { receipt, useReceiveStore } from '../receiveStore';
import { useHandoverStore } from '../store';
import { PinModal } from './PinModal';

/** "Confirm" or "Flag discrepancy" on one section; a second click on the choice undoes it. */
export function CheckButtons({ section }: { section: HandoverSection }) {
  const t = useT();
  const check = useReceiveStore((s) => s.checks[section]);
  const { confirm, flag, clear } = useReceiveStore();
  const confirmed = check?.kind === 'confirm';
  const flagged = check?.kind === 'flag';
  return (
    <Group gap={6} data-testid={`check-${section}`} data-check={check?.kind ?? 'none'}>
      <Button
        size="xs"
        color="green"
        variant={confirmed ? 'filled' : 'default'}
        leftSection={<IconCheck size={14} />}
        onClick={() => (confirmed ? clear(section) : confirm(section))}
        aria-pressed={confirmed}
        data-testid={`check-confirm-${section}`}
      >
        {confirmed ? t('handover.in.confirmed') : t('handover.in.confirm')}
      </Button>
      <Button
        size="xs"
        color="orange"
        variant={flagged ? 'filled' : 'default'}
        leftSection={<IconFlag size={14} />}
        onClick={() => (flagged ? clear(section) : flag(section))}
        aria-pressed={flagged}
        data-testid={`check-flag-${section}`}
      >
        {flagged ? t('handover.in.flagged') : t('handover.in.flag')}
      </Button>
    </Group>
  );
}

export function FlagNote({ section }: { section: HandoverSection }) {
  const t = useT();
  const check = useReceiveStore((s) => s.checks[section]);
  const setNote = useReceiveStore((s) => s.setNote);
  if (check?.kind !== 'flag') return null;
  return (
    <Textarea
      label={t('handover.in.flagNote')}
      withAsterisk
      autosize
      minRows={2}
      maxLength={500}
      mb="sm"
      value={check.note}
      onChange={(e) => setNote(section, e.currentTarget.value)}
      error={check.note.trim() === '' ? t('handover.in.flagNote') : undefined}
      data-autofocus
      data-testid={`check-note-${section}`}
    />
  );
}

/** The incoming side's corner: how many sections are checked, and the signature. */
export function IncomingPanel({ view, session }: { view: HandoverView; session: SessionView }) {
  const t = useT();
  const checks = useReceiveStore((s) => s.checks);
  const receive = useHandoverStore((s) => s.receive);
  const [signing, setSigning] = useState(false);
  const r = receipt(checks);
  const total = HANDOVER_SECTIONS.length;
  return (
    <Paper withBorder radius="lg" p="md" data-testid="incoming-panel">
      <Stack gap="sm">
        <Title order={4}>{t('handover.in.title')}</Title>
        <Text size="sm">{t('handover.in.intro')}</Text>
        <Progress
          value={(r.checked / total) * 100}
          color={r.flags.length > 0 ? 'orange' : 'green'}
          aria-label={t('handover.in.progress', { done: r.checked, total })}
        />
        <Text size="sm" fw={600} data-testid="incoming-progress">
          {t('handover.in.progress', { done: r.checked, total })}
        </Text>
        <List size="sm" spacing={2}>
          {HANDOVER_SECTIONS.map((s) => {
            const c = checks[s];
            return (
              <List.Item
                key={s}
                icon={
                  c?.kind === 'confirm' ? (
                    <IconCheck size={16} color="var(--mantine-color-green-7)" />
                  ) : c?.kind === 'flag' ? (
                    <IconFlag size={16} color="var(--mantine-color-orange-7)" />
                  ) : (
                    <IconCircleDashed size={16} color="var(--mantine-color-dimmed)" />
                  )
                }
              >
                {t(`handover.section.${s}`)}
                {c && (
                  <Text span size="xs" c={c.kind === 'flag' ? 'orange.8' : 'green.8'} fw={600}>
                    {' · '}
                    {c.kind === 'flag' ? t('handover.in.flagged') : t('handover.in.confirmed')}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
        {r.flags.length > 0 && (
          <Alert color="orange" variant="light" data-testid="incoming-flags">
            {t('handover.in.flagsCount', { count: r.flags.length })}
          </Alert>
        )}
        <Button
          size="lg"
          leftSection={<IconSignature size={20} />}
          disabled={!r.ready}
          onClick={() => setSigning(true)}
          data-testid="sign-incoming"
        >
          {t('handover.in.sign')}
        </Button>
      </Stack>
      <PinModal
        opened={signing}
        title={t('handover.in.sign')}
        intro={t('handover.in.signIntro', {
          name: session.displayName,
          outgoing: view.outgoing?.name ?? '—',
        })}
        submitLabel={t('handover.sign')}
        onClose={() => setSigning(false)}
        onSubmit={(pin) => receive(pin, r.confirmed, r.flags)}
        testId="sign-incoming-modal"
      />
    </Paper>
  );
}
