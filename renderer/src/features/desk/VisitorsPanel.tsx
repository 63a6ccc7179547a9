import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconId, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Input } from '../../../../shared/contract';
import type { BlockAlert } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { GENDERS, type Gender } from '../../../../shared/domain/clients';
import { VISITOR_SCENARIOS, type VisitorScenario } from '../../../../shared/domain/rotation';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';

/** The register form's inputs, each marked when main names it. */
const VISITOR_FIELDS = ['name', 'phone', 'source', 'consultantId', 'interest'];
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { useStaffDirectoryStore } from '../clients/store';
import { VisitorRow } from './VisitorRow';
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

/** Visitors waiting for their consultant, with a live countdown to each deadline. */
export function VisitorsPanel({ onNew, canManage }: { onNew: () => void; canManage: boolean }) {
  const t = useT();
  const visitors = useVisitorsStore((s) => s.visitors);
  const now = useServerNow();
  const waiting = visitors.filter((v) => v.status === 'waiting');
  const { registered, dismissRegistered } = useVisitorsStore();
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
      {registered && (
        <Alert
          color="teal"
          py={6}
          mb="xs"
          withCloseButton
          onClose={dismissRegistered}
          data-testid="visitor-registered"
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">
              {registered.visitor.consultantName
                ? t('deskui.visitor.registered', {
                    visitor: registered.visitor.name,
                    name: registered.visitor.consultantName,
                  })
                : t('deskui.visitor.registeredNone', { visitor: registered.visitor.name })}
            </Text>
            <Button
              size="xs"
              variant="white"
              color="teal"
              leftSection={<IconId size={16} />}
              style={{ flexShrink: 0 }}
              onClick={() => go('print', `badge:${registered.visitor.id}`)}
              data-testid="visitor-badge-registered"
            >
              {t('badge.print')}
            </Button>
          </Group>
        </Alert>
      )}
      {waiting.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('deskui.visitor.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {waiting.map((v) => (
            <VisitorRow key={v.id} v={v} now={now} fresh={registered?.visitor.id === v.id} />
          ))}
        </Stack>
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

export function NewVisitorModal({
  opened,
  onClose,
  onRegistered,
}: {
  opened: boolean;
  onClose: () => void;
  /** Registered: the panel says who was called, and its row takes the keyboard. */
  onRegistered: () => void;
}) {
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
    else onRegistered();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('deskui.visitor.newTitle')}
      size="lg"
      returnFocus={false}
      data-testid="visitor-modal"
    >
      {outcome ? (
        <Stack>
          {outcome.block && <BlockAlertBox alert={outcome.block} />}
          <Text data-testid="visitor-outcome">{outcome.text}</Text>
          <Button onClick={onRegistered} data-autofocus data-testid="visitor-outcome-close">
            {t('deskui.close')}
          </Button>
        </Stack>
      ) : (
        // A form, so Enter in any field registers the visitor.
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
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
            <Button type="submit" disabled={!ready} loading={busy} data-testid="visitor-submit">
              {t('deskui.visitor.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
