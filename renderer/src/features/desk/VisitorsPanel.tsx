import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Input } from '../../../../shared/contract';
import type { BlockAlert, VisitorView } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { GENDERS, type Gender } from '../../../../shared/domain/clients';
import { VISITOR_SCENARIOS, type VisitorScenario } from '../../../../shared/domain/rotation';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';

/** The register form's inputs, each marked when main names it. */
const VISITOR_FIELDS = ['name', 'phone', 'source', 'consultantId', 'interest'];
import { useT } from '../../app/i18n';
import { useStaffDirectoryStore } from '../clients/store';
import { countdown, hhmm } from './format';
import { PinFields, pinReady, type PinValue } from './PinFields';
import { useVisitorsStore } from './visitorsStore';
import { useConnectionStore } from '../../app/live/connectionStore';

/** main's time now, ticking every second in this component only. */
function useServerNow(): number {
  const offset = useVisitorsStore((s) => s.offsetMs);
  // Without main the clock on screen stands still: a countdown that ran on would mislead.
  const up = useConnectionStore((s) => s.up);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    if (!up) return;
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset, up]);
  return now;
}

export function BlockAlertBox({ alert }: { alert: BlockAlert }) {
  const t = useT();
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertTriangle size={20} />}
      title={t('deskui.block.title')}
      data-testid="block-alert"
    >
      {t('deskui.block.body', {
        name: alert.name,
        reason: alert.reason,
        on: alert.matchedOn.map((m) => t(`deskui.block.on.${m}`)).join(t('deskui.listSep')),
      })}
    </Alert>
  );
}

function VisitorRow({ v, now }: { v: VisitorView; now: number }) {
  const t = useT();
  const { confirm, passOn, leave } = useVisitorsStore();
  const [confirming, setConfirming] = useState(false);
  const [who, setWho] = useState<PinValue>({ username: '', pin: '' });
  const [error, setError] = useState<AppErrorShape | null>(null);
  const left = v.deadlineAt === null ? null : v.deadlineAt - now;
  const overdue = left !== null && left <= 0;
  const canPass = overdue || v.canPassOn;

  const submit = async () => {
    const e = await confirm(v.id, who.username, who.pin);
    setError(e);
    if (!e) setConfirming(false);
  };
  const pass = async () => setError(await passOn(v.id, overdue ? 'timeout' : 'manual'));

  return (
    <>
      <Table.Tr
        data-testid="visitor-row"
        data-visitor={v.id}
        data-overdue={overdue ? 'true' : 'false'}
        data-consultant={v.consultantName ?? ''}
      >
        <Table.Td>
          <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
            {v.name}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Badge size="xs" variant="outline">
              {t(`deskui.visitor.scenario.${v.scenario}`)}
            </Badge>
            {v.trial && (
              <Badge size="xs" color="grape" variant="light">
                {t('deskui.visitor.trial')}
              </Badge>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {v.consultantName ?? t('deskui.visitor.noConsultant')}
          </Text>
          {v.missedBy.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('deskui.visitor.missedBy', { names: v.missedBy.join(t('deskui.listSep')) })}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {left === null ? (
            <Text c="dimmed">—</Text>
          ) : (
            <Text
              ff="monospace"
              fz="xl"
              fw={700}
              c={overdue ? 'red' : left < 30_000 ? 'orange' : undefined}
              data-testid="visitor-timer"
            >
              {overdue ? t('deskui.visitor.lateBy', { time: countdown(-left) }) : countdown(left)}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('deskui.visitor.since', { time: hhmm(v.registeredAt) })}
          </Text>
        </Table.Td>
        <Table.Td>
          <Group gap={4}>
            <Button
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
          </Group>
        </Table.Td>
      </Table.Tr>
      {(confirming || error) && (
        <Table.Tr>
          <Table.Td colSpan={4}>
            <Stack gap="xs">
              {confirming && (
                <>
                  <Text size="sm" c="dimmed">
                    {t('deskui.visitor.confirmHint', { name: v.consultantName ?? '' })}
                  </Text>
                  <PinFields value={who} onChange={setWho} prefix="visitor-confirm" />
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
                </>
              )}
              <ErrorAlert error={error} />
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** Visitors waiting for their consultant, with a live countdown to each deadline. */
export function VisitorsPanel({ onNew, canManage }: { onNew: () => void; canManage: boolean }) {
  const t = useT();
  const visitors = useVisitorsStore((s) => s.visitors);
  const now = useServerNow();
  const waiting = visitors.filter((v) => v.status === 'waiting');
  return (
    <Paper withBorder radius="lg" p="md" data-testid="visitors-panel">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('deskui.visitor.title')}</Title>
        {canManage && (
          <Button
            size="xs"
            leftSection={<IconUserPlus size={16} />}
            onClick={onNew}
            data-testid="visitor-new"
          >
            {t('deskui.visitor.new')} (F4)
          </Button>
        )}
      </Group>
      {waiting.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('deskui.visitor.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {waiting.map((v) => (
              <VisitorRow key={v.id} v={v} now={now} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

interface VisitorForm {
  scenario: VisitorScenario;
  name: string;
  phone: string;
  gender: Gender | null;
  source: string;
  interest: string;
  trial: boolean;
  consultantId: string | null;
}

const EMPTY: VisitorForm = {
  scenario: 'A',
  name: '',
  phone: '',
  gender: null,
  source: '',
  interest: '',
  trial: false,
  consultantId: null,
};

export function NewVisitorModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const register = useVisitorsStore((s) => s.register);
  const consultants = useStaffDirectoryStore((s) => s.entries).filter(
    (e) => e.role === 'consultant',
  );
  const [f, setF] = useState<VisitorForm>(EMPTY);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; block: BlockAlert | null } | null>(null);
  useEffect(() => {
    if (opened) {
      setF(EMPTY);
      setError(null);
      setOutcome(null);
    }
  }, [opened]);
  const set = (patch: Partial<VisitorForm>) => setF((old) => ({ ...old, ...patch }));
  const ready = f.name.trim() !== '' && (f.scenario === 'A' || !!f.consultantId);

  const submit = async () => {
    if (!ready || busy) return;
    const input: Input<'visitors.register'> = {
      name: f.name.trim(),
      scenario: f.scenario,
      ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
      ...(f.gender ? { gender: f.gender } : {}),
      ...(f.source.trim() ? { source: f.source.trim() } : {}),
      ...(f.interest.trim() ? { interest: f.interest.trim() } : {}),
      ...(f.scenario !== 'A' && f.consultantId ? { consultantId: f.consultantId } : {}),
      ...(f.trial ? { trial: true } : {}),
    };
    setBusy(true);
    const r = await register(input);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    const v = r.data.visitor;
    const text =
      r.data.assignedBy === 'none'
        ? t('deskui.visitor.assignedNone')
        : t('deskui.visitor.assigned', { name: v.consultantName ?? '' });
    if (r.data.blockAlert) setOutcome({ text, block: r.data.blockAlert });
    else onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('deskui.visitor.newTitle')}
      size="lg"
      data-testid="visitor-modal"
    >
      {outcome ? (
        <Stack>
          {outcome.block && <BlockAlertBox alert={outcome.block} />}
          <Text data-testid="visitor-outcome">{outcome.text}</Text>
          <Button onClick={onClose} data-testid="visitor-outcome-close">
            {t('deskui.close')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <SegmentedControl
            value={f.scenario}
            onChange={(v) => set({ scenario: v as VisitorScenario, consultantId: null })}
            data={VISITOR_SCENARIOS.map((s) => ({
              value: s,
              label: t(`deskui.visitor.scenario.${s}`),
            }))}
            data-testid="visitor-scenario"
          />
          <Group grow>
            <TextInput
              label={t('deskui.visitor.name')}
              value={f.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              maxLength={60}
              data-autofocus
              required
              error={fieldError(t, error, 'name')}
              data-testid="visitor-name"
            />
            <TextInput
              label={t('deskui.visitor.phone')}
              value={f.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
              maxLength={20}
              error={fieldError(t, error, 'phone')}
              data-testid="visitor-phone"
            />
          </Group>
          <SegmentedControl
            value={f.gender ?? ''}
            onChange={(v) => set({ gender: (v || null) as Gender | null })}
            data={[
              { value: '', label: t('deskui.visitor.genderUnset') },
              ...GENDERS.filter((g) => g !== 'unspecified').map((g) => ({
                value: g,
                label: t(`deskui.gender.${g}`),
              })),
            ]}
            data-testid="visitor-gender"
          />
          <Group grow>
            <TextInput
              label={t('deskui.visitor.source')}
              value={f.source}
              onChange={(e) => set({ source: e.currentTarget.value })}
              maxLength={60}
              error={fieldError(t, error, 'source')}
              data-testid="visitor-source"
            />
            {f.scenario !== 'A' && (
              <Select
                label={t('deskui.visitor.consultant')}
                data={consultants.map((c) => ({ value: c.id, label: c.displayName }))}
                value={f.consultantId}
                onChange={(v) => set({ consultantId: v })}
                searchable
                required
                error={fieldError(t, error, 'consultantId')}
                data-testid="visitor-consultant"
              />
            )}
          </Group>
          <Textarea
            label={t('deskui.visitor.interest')}
            value={f.interest}
            onChange={(e) => set({ interest: e.currentTarget.value })}
            maxLength={200}
            rows={1}
            error={fieldError(t, error, 'interest')}
            data-testid="visitor-interest"
          />
          <Checkbox
            label={t('deskui.visitor.trialLabel')}
            checked={f.trial}
            onChange={(e) => set({ trial: e.currentTarget.checked })}
            data-testid="visitor-trial"
          />
          <ErrorAlert error={unmarkedError(error, VISITOR_FIELDS)} />
          <Button
            disabled={!ready}
            loading={busy}
            onClick={() => void submit()}
            data-testid="visitor-submit"
          >
            {t('deskui.visitor.submit')}
          </Button>
        </Stack>
      )}
    </Modal>
  );
}
