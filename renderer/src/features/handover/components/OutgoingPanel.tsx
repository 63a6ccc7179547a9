import { Alert, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertCircle,
  IconCircleCheck,
  IconDeviceFloppy,
  IconSignature,
  IconUserCircle,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { HandoverBlocker, HandoverView } from '../../../../../shared/contract/handoverViews';
import type { SessionView } from '../../../../../shared/contract/views';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { useT, type T } from '../../../app/i18n';
import { useSessionStore } from '../../auth/store';
import { hhmm } from '../format';
import { isDirty, useHandoverStore } from '../store';
import { PinModal } from './PinModal';

/** Plain sentences for main's blockers; the tags without a note share one line. */
export function blockerLines(t: T, blockers: HandoverBlocker[]): { kind: string; text: string }[] {
  const tags = blockers.flatMap((b) => (b.kind === 'tagNote' ? [b.tagNumber] : []));
  const lines: { kind: string; text: string }[] = [];
  for (const b of blockers) {
    if (b.kind === 'closingChecklist')
      lines.push({ kind: b.kind, text: t('handover.blocker.closingChecklist', { open: b.open }) });
    else if (b.kind === 'tagNote') {
      if (b.tagNumber === tags[0])
        lines.push({
          kind: b.kind,
          text: t('handover.blocker.tagNote', { tag: tags.join(t('handover.listSeparator')) }),
        });
    } else lines.push({ kind: b.kind, text: t(`handover.blocker.${b.kind}`) });
  }
  return lines;
}

function SaveState() {
  const t = useT();
  const { saving, savedAt, dirty, saveError, flush } = useHandoverStore();
  const pending = isDirty(dirty);
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c={pending ? 'orange.8' : 'dimmed'} data-testid="save-state">
          {saving
            ? t('handover.saving')
            : pending
              ? t('handover.unsaved')
              : savedAt
                ? t('handover.saved', { time: hhmm(savedAt) })
                : ''}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => void flush()}
          loading={saving}
          data-testid="handover-save"
        >
          {t('handover.save')}
        </Button>
      </Group>
      <ErrorAlert error={saveError} />
    </Stack>
  );
}

/** The outgoing side's corner: what still stands between them and the signature, and the Sign button. */
export function OutgoingPanel({ view, session }: { view: HandoverView; session: SessionView }) {
  const t = useT();
  const signOutgoing = useHandoverStore((s) => s.signOutgoing);
  const [signing, setSigning] = useState(false);
  const blocked = view.blockers.length > 0;
  return (
    <Paper withBorder radius="lg" p="md" data-testid="outgoing-panel">
      <Stack gap="sm">
        <SaveState />
        {blocked ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertCircle size={20} />}
            title={t('handover.blockers.title')}
            data-testid="blockers"
          >
            <List size="sm" spacing={2}>
              {blockerLines(t, view.blockers).map((b) => (
                <List.Item key={b.kind} data-testid="blocker" data-kind={b.kind}>
                  {b.text}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Group gap="xs" wrap="nowrap" data-testid="blockers-ready">
            <ThemeIcon color="green" variant="light" radius="xl">
              <IconCircleCheck size={18} />
            </ThemeIcon>
            <Text size="sm" c="green.8" fw={600}>
              {t('handover.blockers.ready')}
            </Text>
          </Group>
        )}
        <Button
          size="lg"
          leftSection={<IconSignature size={20} />}
          disabled={blocked}
          onClick={() => setSigning(true)}
          data-testid="sign-outgoing"
        >
          {t('handover.out.sign')}
        </Button>
      </Stack>
      <PinModal
        opened={signing}
        title={t('handover.out.title')}
        intro={t('handover.out.intro', { name: session.displayName })}
        submitLabel={t('handover.sign')}
        onClose={() => setSigning(false)}
        onSubmit={signOutgoing}
        testId="sign-outgoing-modal"
      />
    </Paper>
  );
}

/** After the outgoing signature, on the outgoing person's screen: who must take it over. */
export function WaitingForIncoming({ view }: { view: HandoverView }) {
  const t = useT();
  const switchUser = useSessionStore((s) => s.switchUser);
  return (
    <Paper withBorder radius="lg" p="md" data-testid="waiting-incoming">
      <Title order={5} mb={6}>
        {t('handover.status.awaitingIncoming')}
      </Title>
      <Text size="sm" mb="sm">
        {t('handover.out.waiting', {
          name: view.outgoing?.name ?? '—',
          time: view.outgoing ? hhmm(view.outgoing.at) : '—',
        })}
      </Text>
      <Button
        variant="light"
        leftSection={<IconUserCircle size={18} />}
        onClick={() => void switchUser()}
        data-testid="switch-user"
      >
        {t('handover.switchUser')}
      </Button>
    </Paper>
  );
}
