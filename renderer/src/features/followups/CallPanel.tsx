import { Alert, Badge, Button, Group, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FollowUpCallView } from '../../../../shared/contract/followUpViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { CallOutcome } from '../../../../shared/domain/followUpPlan';
import { ErrorAlert } from '../../app/ErrorAlert';
import { unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { fieldText, reasonOf } from './labels';
import { useFollowUpsStore } from './store';

/** The quick outcomes and their keys, as printed on the buttons. */
const OUTCOMES: { outcome: CallOutcome; key: string; color: string }[] = [
  { outcome: 'reached', key: 'R', color: 'teal' },
  { outcome: 'noAnswer', key: 'N', color: 'yellow' },
  { outcome: 'wrongNumber', key: 'W', color: 'red' },
  { outcome: 'callBack', key: 'B', color: 'blue' },
];

const inField = (e: KeyboardEvent) =>
  e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;

/** In two hours, on the quarter: what "call me back later" most often means. */
function suggestedCallBack(now: number): string {
  const d = dayjs(now).add(2, 'hour');
  return d.minute(Math.ceil(d.minute() / 15) * 15).format('YYYY-MM-DDTHH:mm');
}

function CallHeader({ c }: { c: FollowUpCallView }) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={700} size="lg" data-testid="followup-panel-name">
          {c.clientName ?? t('followUps.anonymous')}
        </Text>
        <Badge tt="none" variant="light">
          {reasonOf(t, c)}
        </Badge>
        {c.overdue && (
          <Badge tt="none" color="red" variant="filled">
            {t('followUps.overdue')}
          </Badge>
        )}
        {c.clientId && (
          <Button size="compact-xs" variant="subtle" onClick={() => go('client', c.clientId!)}>
            {t('followUps.openFile')}
          </Button>
        )}
      </Group>
      <Text ff="monospace" fz={22} fw={700} data-testid="followup-panel-phone">
        {c.phone ?? t('followUps.noPhone')}
      </Text>
      <Text size="sm" c="dimmed">
        {c.dueAt !== null
          ? t('followUps.dueAt', { time: dayjs(c.dueAt).format('MM-DD HH:mm') })
          : t('followUps.due', { day: c.dueDay })}
        {' · '}
        {t('followUps.attempt', { attempt: c.attempt, max: c.maxAttempts })}
        {' · '}
        {c.assignedToName ?? t('followUps.desk')}
      </Text>
      {c.previousNote && (
        <Text size="sm" data-testid="followup-previous-note">
          {t('followUps.previousNote', { note: c.previousNote })}
        </Text>
      )}
    </Stack>
  );
}

interface Props {
  call: FollowUpCallView;
  now: number;
  /** Back to the list (Esc, and after a call is recorded). */
  onDone(): void;
}

/**
 * One call to make. Keys while the panel has focus: 1–5 the score, R reached, N no answer,
 * W wrong number, B call back (then the time, Enter); Enter in the note records "reached".
 */
export const CallPanel = forwardRef<HTMLDivElement, Props>(function CallPanel(
  { call: c, now, onDone },
  ref,
) {
  const t = useT();
  const record = useFollowUpsStore((s) => s.record);
  const [score, setScore] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [callBack, setCallBack] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setScore(null);
    setNote('');
    setCallBack(null);
    setError(null);
  }, [c.id]);
  useEffect(() => {
    if (callBack !== null) timeRef.current?.focus();
  }, [callBack !== null]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (outcome: CallOutcome) => {
    if (busy || !c.canRecord) return;
    if (outcome === 'callBack' && callBack === null) return setCallBack(suggestedCallBack(now));
    setBusy(true);
    const trimmed = note.trim();
    const e = await record({
      callId: c.id,
      outcome,
      ...(outcome === 'reached' && score !== null ? { score } : {}),
      ...(trimmed ? { note: trimmed } : {}),
      ...(outcome === 'callBack' && callBack ? { callBackAt: dayjs(callBack).valueOf() } : {}),
    });
    setBusy(false);
    setError(e);
    if (e) return;
    notifications.show({
      color: 'teal',
      message: t('followUps.saved', {
        name: c.clientName ?? t('followUps.anonymous'),
        outcome: t(`followUps.outcome.${outcome}`),
      }),
    });
    onDone();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      return onDone();
    }
    if (inField(e)) {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      return void submit(e.target === timeRef.current ? 'callBack' : 'reached');
    }
    if (/^[1-5]$/.test(e.key)) {
      e.preventDefault();
      return setScore(Number(e.key));
    }
    const quick = OUTCOMES.find((o) => o.key.toLowerCase() === e.key.toLowerCase());
    if (quick && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      return void submit(quick.outcome);
    }
    if (e.key === 'Enter' && e.target === e.currentTarget) {
      e.preventDefault();
      void submit('reached');
    }
  };

  const scoreError = error?.fields?.score;
  return (
    <Paper
      ref={ref}
      withBorder
      radius="md"
      p="md"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="followup-panel"
      data-call-id={c.id}
      style={{ outlineOffset: 2 }}
    >
      <Stack gap="sm">
        <CallHeader c={c} />
        {!c.canRecord && <Alert color="gray">{t('followUps.notYours')}</Alert>}
        <Stack gap={4}>
          <Group gap="xs" justify="space-between">
            <Text size="sm" fw={500}>
              {t('followUps.score')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('followUps.scoreHint')}
            </Text>
          </Group>
          <Group gap={6} data-testid="followup-score">
            {[1, 2, 3, 4, 5].map((n) => (
              <Button
                key={n}
                size="sm"
                w={44}
                variant={score === n ? 'filled' : 'default'}
                color={n >= 3 ? 'teal' : 'red'}
                onClick={() => setScore(score === n ? null : n)}
                aria-pressed={score === n}
                data-testid={`followup-score-${n}`}
              >
                {n}
              </Button>
            ))}
          </Group>
          {scoreError && (
            <Text size="xs" c="red" data-testid="followup-score-error">
              {scoreError === 'required' ? t('followUps.scoreRequired') : fieldText(t, scoreError)}
            </Text>
          )}
        </Stack>
        <TextInput
          label={t('followUps.note')}
          placeholder={t('followUps.notePlaceholder')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldText(t, error?.fields?.note)}
          data-testid="followup-note"
        />
        {callBack !== null && (
          <TextInput
            ref={timeRef}
            type="datetime-local"
            label={t('followUps.callBackAt')}
            value={callBack}
            onChange={(e) => setCallBack(e.currentTarget.value)}
            error={fieldText(t, error?.fields?.callBackAt)}
            data-testid="followup-callback-at"
          />
        )}
        <Group gap="xs" wrap="wrap">
          {OUTCOMES.map((o) => (
            <Button
              key={o.outcome}
              color={o.color}
              variant={o.outcome === 'reached' ? 'filled' : 'light'}
              loading={busy}
              disabled={!c.canRecord}
              onClick={() => void submit(o.outcome)}
              rightSection={<Kbd size="xs">{o.key}</Kbd>}
              data-testid={`followup-outcome-${o.outcome}`}
            >
              {o.outcome === 'callBack' && callBack !== null
                ? t('followUps.saveCallBack')
                : t(`followUps.outcome.${o.outcome}`)}
            </Button>
          ))}
        </Group>
        <ErrorAlert error={unmarkedError(error, ['score', 'note', 'callBackAt'])} />
      </Stack>
    </Paper>
  );
});
