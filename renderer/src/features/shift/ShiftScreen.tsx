import { Alert, Button, Grid, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconCircleCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ShiftView } from '../../../../shared/contract/shiftViews';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { useStaffDirectoryStore } from '../clients/store';
import { AcksPanel } from './AcksPanel';
import { ChecklistPanel } from './ChecklistPanel';
import { FollowUpHistoryModal } from './FollowUpHistoryModal';
import { HANDOVER_COLOR, useServerNow } from './format';
import { useShiftLogStore } from './logStore';
import { AwaitingHandover, OpenShiftCard } from './OpenShiftCard';
import { ReminderBanner, ShiftHeader } from './ShiftHeader';
import { IncidentButton } from '../incidents/IncidentButton';
import { CarriedOverPanel, ShiftLogPanel } from './ShiftLog';
import { atWork, useShiftStore } from './shiftStore';
import { StaffPanel } from './StaffPanel';
import { SAFETY_NET_MS } from '../../app/live/connectionStore';

/** Main pushes every change; reading again now and then is only a safety net. */
export const REFRESH_MS = SAFETY_NET_MS;

/** What still stands between opening and work, counted from the view main sent. */
function openingLeft(shift: ShiftView) {
  return {
    checks: shift.checks.filter((c) => c.phase === 'opening' && c.doneAt === null).length,
    acks: shift.acks.filter((a) => a.ackedAt === null).length,
  };
}

function usePrepareHandover() {
  const prepare = useShiftStore((s) => s.prepareHandover);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const run = async () => {
    setBusy(true);
    const r = await prepare();
    setBusy(false);
    if (r.ok) go('handover', r.data.id);
    else setError(r.error);
  };
  return { run, busy, error };
}

function StartBar({ shift }: { shift: ShiftView }) {
  const t = useT();
  const start = useShiftStore((s) => s.start);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const left = openingLeft(shift);
  const submit = async () => {
    setBusy(true);
    setError(await start());
    setBusy(false);
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center">
        <Text c={shift.canStart ? 'teal' : 'dimmed'} fw={500} data-testid="shift-start-hint">
          {shift.canStart
            ? t('shift.start.ready')
            : t('shift.start.waiting', { checks: left.checks, acks: left.acks })}
        </Text>
        <Button
          size="lg"
          leftSection={<IconPlayerPlay size={20} />}
          disabled={!shift.canStart}
          loading={busy}
          onClick={() => void submit()}
          data-testid="shift-start"
        >
          {t('shift.start.submit')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}

/** After the outgoing signature: the handover is signed; the way to it. */
function HandedOver({ shift }: { shift: ShiftView }) {
  const t = useT();
  const status = shift.handoverStatus;
  return (
    <Alert
      color={status ? HANDOVER_COLOR[status] : 'gray'}
      icon={<IconCircleCheck size={22} />}
      title={t(
        `shift.done.${shift.status === 'abandoned' ? 'abandoned' : shift.status === 'handedOver' ? 'handedOver' : 'closed'}`,
        { name: shift.name },
      )}
      data-testid="shift-handed-over"
    >
      <Stack gap="xs" align="flex-start">
        {status && (
          <Text size="sm" data-testid="shift-handover-status">
            {t('shift.done.status', { status: t(`shift.handoverStatus.${status}`) })}
          </Text>
        )}
        {shift.handoverId && (
          <Button
            variant="light"
            leftSection={<IconArrowsExchange size={16} />}
            onClick={() => go('handover', shift.handoverId!)}
            data-testid="shift-open-handover"
          >
            {t('shift.done.openHandover')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

function AtWork({ shift, session }: { shift: ShiftView; session: SessionView }) {
  const t = useT();
  const now = useServerNow();
  const prepare = usePrepareHandover();
  const [history, setHistory] = useState<string | null>(null);
  const opening = shift.status === 'opening';
  const prepareButton = !opening && (
    <Tooltip label={t('shift.prepareHint')}>
      <Button
        leftSection={<IconArrowsExchange size={18} />}
        variant={shift.handoverReminder ? 'filled' : 'light'}
        color={shift.handoverReminder ? 'orange' : undefined}
        loading={prepare.busy}
        onClick={() => void prepare.run()}
        data-testid="shift-prepare"
      >
        {t('shift.prepare')}
      </Button>
    </Tooltip>
  );
  return (
    <Stack gap="md">
      <ShiftHeader
        shift={shift}
        now={now}
        actions={
          <Group gap="sm" wrap="nowrap">
            <IncidentButton />
            {prepareButton}
          </Group>
        }
      />
      {shift.handoverReminder && !opening && <ReminderBanner end={shift.plannedEnd} now={now} />}
      <ErrorAlert error={prepare.error} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            {opening && (
              <>
                <ChecklistPanel shift={shift} phase="opening" />
                <AcksPanel shift={shift} now={now} />
                <StartBar shift={shift} />
              </>
            )}
            <CarriedOverPanel staffId={session.staffId} now={now} onHistory={setHistory} />
            <ShiftLogPanel
              shift={shift}
              staffId={session.staffId}
              now={now}
              onHistory={setHistory}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <StaffPanel shift={shift} />
            {!opening && <ChecklistPanel shift={shift} phase="closing" />}
          </Stack>
        </Grid.Col>
      </Grid>
      <FollowUpHistoryModal
        entryId={history}
        currentShiftId={shift.id}
        onClose={() => setHistory(null)}
      />
    </Stack>
  );
}

/** 值班: open the shift, clock in, tick the checklists, keep the log, prepare the handover. */
export function ShiftScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { current, last, error } = useShiftStore(
    useShallow((s) => ({ current: s.current, last: s.last, error: s.error })),
  );
  const shift = current?.shift ?? null;
  const awaiting = current?.awaitingHandover ?? null;
  // Those who worked the shift that waits cannot receive it; they see how it stands instead.
  const ownAwaiting =
    !!awaiting &&
    last?.id === awaiting.shiftId &&
    last.staff.some((s) => s.staffId === session.staffId);

  const refresh = useCallback(async () => {
    await useShiftStore.getState().load();
    if (atWork(useShiftStore.getState().current?.shift)) await useShiftLogStore.getState().load();
  }, []);

  useEffect(() => {
    void refresh();
    void useStaffDirectoryStore.getState().load();
    const id = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => window.clearInterval(id);
  }, [refresh]);

  // A shift opened or started here: its log comes at once, not at the next poll.
  const shiftKey = atWork(shift) ? `${shift.id}:${shift.status}` : null;
  useEffect(() => {
    if (shiftKey) void useShiftLogStore.getState().load();
  }, [shiftKey]);

  return (
    <Stack gap="md" data-testid="shift-screen">
      <PageHeader title={t('shift.title')} subtitle={t('shift.subtitle')} />
      <ErrorAlert error={error} />
      {current && atWork(shift) && <AtWork shift={shift} session={session} />}
      {current && !atWork(shift) && (
        <Stack gap="md">
          {last && !atWork(last) && <HandedOver shift={last} />}
          {!ownAwaiting && <AwaitingHandover awaiting={awaiting} />}
          <OpenShiftCard key={current.suggestedTemplateId ?? ''} current={current} />
        </Stack>
      )}
    </Stack>
  );
}

export { ShiftReminder } from './ShiftReminder';
