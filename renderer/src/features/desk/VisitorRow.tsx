import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { VisitorView } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { countdown, hhmm } from './format';
import { PinFields, pinReady, type PinValue } from './PinFields';
import { useVisitorsStore } from './visitorsStore';

function Timer({ left }: { left: number | null }) {
  const t = useT();
  if (left === null) return <Text c="dimmed">—</Text>;
  const overdue = left <= 0;
  return (
    <Text
      ff="monospace"
      fz="xl"
      fw={700}
      c={overdue ? 'red' : left < 30_000 ? 'orange' : undefined}
      style={{ whiteSpace: 'nowrap' }}
      data-testid="visitor-timer"
    >
      {overdue ? t('deskui.visitor.lateBy', { time: countdown(-left) }) : countdown(left)}
    </Text>
  );
}

/**
 * One waiting visitor on two lines, so the scenario badge is never cut: name, badges and
 * the countdown; then the consultant and the actions. `fresh` (just registered here) takes
 * the keyboard on its 确认接待 button, so the hand-over needs no mouse.
 */
export function VisitorRow({ v, now, fresh }: { v: VisitorView; now: number; fresh: boolean }) {
  const t = useT();
  const { confirm, passOn, leave } = useVisitorsStore();
  const [confirming, setConfirming] = useState(false);
  const [who, setWho] = useState<PinValue>({ username: '', pin: '' });
  const [error, setError] = useState<AppErrorShape | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const left = v.deadlineAt === null ? null : v.deadlineAt - now;
  const overdue = left !== null && left <= 0;
  const canPass = overdue || v.canPassOn;
  useEffect(() => {
    if (fresh) confirmRef.current?.focus();
  }, [fresh]);

  const submit = async () => {
    const e = await confirm(v.id, who.username, who.pin);
    setError(e);
    if (!e) setConfirming(false);
  };
  const pass = async () => setError(await passOn(v.id, overdue ? 'timeout' : 'manual'));

  return (
    <Paper
      withBorder
      radius="md"
      p="xs"
      data-testid="visitor-row"
      data-visitor={v.id}
      data-overdue={overdue ? 'true' : 'false'}
      data-consultant={v.consultantName ?? ''}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
          <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
            {v.name}
          </Text>
          <Badge
            size="sm"
            variant="outline"
            style={{ flexShrink: 0 }}
            data-testid="visitor-scenario-badge"
          >
            {t(`deskui.visitor.scenario.${v.scenario}`)}
          </Badge>
          {v.trial && (
            <Badge size="sm" color="grape" variant="light">
              {t('deskui.visitor.trial')}
            </Badge>
          )}
        </Group>
        <Timer left={left} />
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="xs" mt={4}>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {v.consultantName ?? t('deskui.visitor.noConsultant')}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('deskui.visitor.since', { time: hhmm(v.registeredAt) })}
          </Text>
          {v.missedBy.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('deskui.visitor.missedBy', { names: v.missedBy.join(t('deskui.listSep')) })}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Button
            ref={confirmRef}
            size="xs"
            color="teal"
            disabled={!v.consultantId}
            onClick={() => setConfirming((c) => !c)}
            data-testid="visitor-confirm"
          >
            {t('deskui.visitor.confirm')}
          </Button>
          <Button
            size="xs"
            color="orange"
            variant={canPass ? 'filled' : 'light'}
            disabled={!canPass}
            onClick={() => void pass()}
            data-testid="visitor-passon"
          >
            {t('deskui.visitor.passOn')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => void leave(v.id).then(setError)}
            data-testid="visitor-left"
          >
            {t('deskui.visitor.left')}
          </Button>
          <Tooltip label={t('badge.print')} withinPortal>
            <ActionIcon
              size={30}
              variant="default"
              aria-label={t('badge.print')}
              onClick={() => go('print', `badge:${v.id}`)}
              data-testid="visitor-badge"
            >
              <IconId size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {confirming && (
        <Stack gap="xs" mt="xs">
          <Text size="sm" c="dimmed">
            {t('deskui.visitor.confirmHint', { name: v.consultantName ?? '' })}
          </Text>
          <PinFields
            value={who}
            onChange={setWho}
            prefix="visitor-confirm"
            onSubmit={() => void submit()}
            autoFocus
          />
          <Group>
            <Button
              size="xs"
              color="teal"
              disabled={!pinReady(who)}
              onClick={() => void submit()}
              data-testid="visitor-confirm-submit"
            >
              {t('deskui.visitor.confirmSubmit')}
            </Button>
          </Group>
        </Stack>
      )}
      <ErrorAlert error={error} />
    </Paper>
  );
}
