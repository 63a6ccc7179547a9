import {
  Badge,
  Button,
  Group,
  Input,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
} from '../../../../shared/domain/complaint';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { useModules } from '../settings/store';
import { useIntakeSearchStore, useIntakeStore } from './intakeStore';
import { categoryOptions, channelOptions, severityOptions, submitsOnEnter } from './labels';

const FIELDS = [
  'channel',
  'clientId',
  'contactName',
  'callBackPhone',
  'category',
  'severity',
  'summary',
  'clientWants',
];
type Client = Pick<ClientSummary, 'id' | 'name'>;

/** The desk search inside the form: type, then Enter or a click takes the client. */
function ClientPicker({
  client,
  onPick,
  error,
}: {
  client: Client | null;
  onPick: (c: Client | null) => void;
  error?: string;
}) {
  const t = useT();
  const { query, results, setQuery, flush, clear } = useIntakeSearchStore();
  if (client)
    return (
      <Group gap="xs" data-testid="intake-client-chosen">
        <Badge size="lg" variant="light" tt="none">
          {t('complaint.intake.clientChosen', { name: client.name })}
        </Badge>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => onPick(null)}
          data-testid="intake-client-clear"
        >
          {t('complaint.intake.clientClear')}
        </Button>
      </Group>
    );
  const take = (c: ClientSummary) => {
    onPick({ id: c.id, name: c.name });
    clear();
  };
  return (
    <Stack gap={4}>
      <TextInput
        label={t('complaint.intake.client')}
        placeholder={t('complaint.intake.clientSearch')}
        description={t('complaint.intake.clientHint')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={async (e) => {
          // With a search typed, Enter takes the first match instead of sending the form.
          if (e.key !== 'Enter' || !query.trim() || e.nativeEvent.isComposing) return;
          e.preventDefault();
          e.stopPropagation();
          const found = await flush();
          if (found[0]) take(found[0]);
        }}
        data-autofocus
        error={error}
        data-testid="intake-client-search"
      />
      {results.slice(0, 5).map((c) => (
        <UnstyledButton
          key={c.id}
          onClick={() => take(c)}
          px="sm"
          py={4}
          style={{
            borderRadius: 'var(--mantine-radius-sm)',
            border: '1px solid var(--mantine-color-default-border)',
          }}
          data-testid="intake-client-result"
        >
          <Group gap="sm">
            <Text fw={600}>{c.name}</Text>
            <Text size="sm" ff="monospace" c="dimmed">
              {c.cardNumber ?? ''} {c.phoneMasked ?? ''}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}

/** 投诉登记: one modal for every entry point; the person recording it becomes its owner. */
export function IntakeModal() {
  const t = useT();
  const { opened, prefill, seq, close, submit } = useIntakeStore();
  const clientFiles = useModules().includes('clientFiles');
  const [channel, setChannel] = useState<ComplaintChannel>('desk');
  const [client, setClient] = useState<Client | null>(null);
  const [contactName, setContactName] = useState('');
  const [phone, setPhone] = useState('');
  const [summary, setSummary] = useState('');
  const [category, setCategory] = useState<ComplaintCategory>('service');
  const [severity, setSeverity] = useState<ComplaintSeverity>('normal');
  const [wants, setWants] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setChannel(prefill.channel ?? 'desk');
    setClient(prefill.client ?? null);
    setContactName(prefill.contactName ?? '');
    setPhone(prefill.callBackPhone ?? '');
    setSummary(prefill.summary ?? '');
    setCategory('service');
    setSeverity('normal');
    setWants('');
    setError(null);
  }, [seq, prefill]);

  const send = async () => {
    if (busy) return;
    // Anonymous: main needs a way back to the person; said here before anything is sent.
    if (!client && !phone.trim())
      return setError({
        code: 'VALIDATION',
        message: t('complaint.intake.needNumber'),
        fields: { callBackPhone: 'a phone number' },
      });
    setBusy(true);
    const r = await submit({
      channel,
      category,
      severity,
      summary: summary.trim(),
      ...(client ? { clientId: client.id } : {}),
      ...(contactName.trim() ? { contactName: contactName.trim() } : {}),
      ...(phone.trim() ? { callBackPhone: phone.trim() } : {}),
      ...(wants.trim() ? { clientWants: wants.trim() } : {}),
      ...(prefill.logEntryId ? { logEntryId: prefill.logEntryId } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    close();
    notifications.show({
      color: 'teal',
      message: t('complaint.intake.saved', { number: r.data.number }),
    });
    go('complaint', r.data.id);
  };
  const phoneError =
    !client && error?.fields?.callBackPhone === 'a phone number' && error.code === 'VALIDATION'
      ? t('complaint.intake.needNumber')
      : fieldError(t, error, 'callBackPhone');

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('complaint.intake.title')}
      size="lg"
      data-testid="intake-modal"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
        onKeyDown={(e) => {
          if (!submitsOnEnter(e)) return;
          e.preventDefault();
          void send();
        }}
      >
        <Stack gap="sm">
          {clientFiles && (
            <ClientPicker
              client={client}
              onPick={setClient}
              error={fieldError(t, error, 'clientId')}
            />
          )}
          {!client && (
            <Group grow align="flex-start">
              <TextInput
                label={t('complaint.intake.contactName')}
                value={contactName}
                maxLength={60}
                onChange={(e) => setContactName(e.currentTarget.value)}
                error={fieldError(t, error, 'contactName')}
                data-autofocus={clientFiles ? undefined : true}
                data-testid="intake-contact-name"
              />
              <TextInput
                label={t('complaint.intake.callBackPhone')}
                value={phone}
                maxLength={20}
                onChange={(e) => setPhone(e.currentTarget.value)}
                error={phoneError}
                data-testid="intake-phone"
              />
            </Group>
          )}
          <Stack gap={4}>
            <Input.Label>{t('complaint.intake.channel')}</Input.Label>
            <SegmentedControl
              value={channel}
              onChange={(v) => setChannel(v as ComplaintChannel)}
              data={channelOptions(t)}
              data-testid="intake-channel"
            />
          </Stack>
          <Textarea
            label={t('complaint.intake.summary')}
            value={summary}
            maxLength={2000}
            autosize
            minRows={3}
            maxRows={6}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fieldError(t, error, 'summary')}
            data-autofocus={client ? true : undefined}
            data-testid="intake-summary"
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('complaint.intake.category')}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as ComplaintCategory)}
              data={categoryOptions(t)}
              error={fieldError(t, error, 'category')}
              data-testid="intake-category"
            />
            <Stack gap={4}>
              <Input.Label>{t('complaint.intake.severity')}</Input.Label>
              <SegmentedControl
                value={severity}
                onChange={(v) => setSeverity(v as ComplaintSeverity)}
                data={severityOptions(t)}
                data-testid="intake-severity"
              />
            </Stack>
          </Group>
          <Textarea
            label={t('complaint.intake.clientWants')}
            value={wants}
            maxLength={1000}
            autosize
            minRows={1}
            maxRows={4}
            onChange={(e) => setWants(e.currentTarget.value)}
            error={fieldError(t, error, 'clientWants')}
            data-testid="intake-wants"
          />
          {prefill.logEntryId && (
            <Text size="sm" c="dimmed" data-testid="intake-from-log">
              {t('complaint.intake.fromLog')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('complaint.intake.owner')}
          </Text>
          <ErrorAlert error={unmarkedError(error, FIELDS)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('complaint.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="intake-submit">
              {t('complaint.intake.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
