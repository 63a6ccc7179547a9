import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState, type FormEvent } from 'react';
import type { ClientFile, ClientSummary } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../shared/domain/clients';
import { useT } from '../../app/i18n';
import { DayInput } from './ClientFormModal';
import { clientErrorText, fieldErrorText } from './errors';
import { useClientFileStore } from './store';

const REASON_MIN = 2;

/** 借阅事由: asked before a 机密/绝密 file opens; the reason goes on the access record. */
export function ReasonModal({
  opened,
  summary,
  error,
  onSubmit,
  onCancel,
}: {
  opened: boolean;
  summary: ClientSummary | null;
  /** Main's answer to the last reason given (e.g. too short). */
  error: AppErrorShape | null;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  useEffect(() => {
    if (opened) {
      setReason('');
      setTouched(false);
      setSent(null);
    }
  }, [opened]);
  const tooShort = reason.trim().length < REASON_MIN;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (tooShort) return;
    setBusy(true);
    setSent(reason.trim());
    await onSubmit(reason.trim());
    setBusy(false);
  };
  const level = summary
    ? t(`clients.secrecy.${summary.secrecy}`)
    : t('clients.secrecy.confidential');
  // Main's only complaint about a reason is its length (2 to 300 characters).
  const fieldError =
    (touched && tooShort) || (!!error?.fields?.reason && reason.trim() === sent)
      ? t('clients.error.reasonShort')
      : undefined;
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('clients.reason.title')}
      closeOnClickOutside={false}
      data-testid="open-reason-modal"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconLock size={20} color="var(--mantine-color-orange-6)" style={{ flexShrink: 0 }} />
            <Text size="sm">
              {summary && (
                <Text span fw={700}>
                  {summary.name} ·{' '}
                </Text>
              )}
              {t('clients.reason.intro', { level })}
            </Text>
          </Group>
          <Textarea
            label={t('clients.reason.label')}
            placeholder={t('clients.reason.placeholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                void submit(e);
              }
            }}
            required
            rows={3}
            maxLength={300}
            data-autofocus
            error={fieldError}
            data-testid="open-reason"
          />
          {error && !error.fields?.reason && (
            <Alert color="red" variant="light" role="alert">
              {clientErrorText(t, error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} data-testid="open-reason-cancel">
              {t('clients.reason.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="open-reason-submit">
              {t('clients.reason.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Set, raise or lower the secrecy level (supervisor and admin; main decides). */
export function SecrecyModal({
  opened,
  file,
  onClose,
}: {
  opened: boolean;
  file: ClientFile;
  onClose: () => void;
}) {
  const t = useT();
  const setSecrecy = useClientFileStore((s) => s.setSecrecy);
  const [level, setLevel] = useState<SecrecyLevel>(file.secrecy);
  const [until, setUntil] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setLevel(file.secrecy);
    setUntil(file.secrecyUntil ? dayjs(file.secrecyUntil).format('YYYY-MM-DD') : null);
    setReason('');
    setTouched(false);
    setError(null);
  }, [opened, file]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (reason.trim().length < REASON_MIN) return;
    setBusy(true);
    const stamp = level !== 'none' && until ? dayjs(until).endOf('day').valueOf() : null;
    const failure = await setSecrecy(level, stamp, reason.trim());
    setBusy(false);
    setError(failure);
    if (!failure) {
      notifications.show({
        color: 'teal',
        message: t('clients.secrecyModal.done', {
          name: file.name,
          level: t(`clients.secrecy.${level}`),
        }),
      });
      onClose();
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('clients.secrecyModal.title', { name: file.name })}
      data-testid="secrecy-modal"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('clients.secrecyModal.intro')}
          </Text>
          <Select
            label={t('clients.field.secrecy')}
            value={level}
            onChange={(v) => v && setLevel(v as SecrecyLevel)}
            data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`clients.secrecy.${s}`) }))}
            allowDeselect={false}
            error={error?.fields?.level && fieldErrorText(t, error.fields.level)}
            data-testid="secrecy-level"
            comboboxProps={{ withinPortal: true }}
          />
          {level !== 'none' && (
            <DayInput
              label={t('clients.field.secrecyUntil')}
              description={t('clients.form.secrecyUntilHint')}
              value={until}
              onChange={setUntil}
              error={error?.fields?.until && fieldErrorText(t, error.fields.until)}
              testId="secrecy-until"
            />
          )}
          <Textarea
            label={t('clients.secrecyModal.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            rows={3}
            maxLength={300}
            error={
              touched && reason.trim().length < REASON_MIN
                ? t('clients.error.reasonShort')
                : error?.fields?.reason && fieldErrorText(t, error.fields.reason)
            }
            data-testid="secrecy-reason"
          />
          {error && (
            <Alert color="red" variant="light" role="alert" data-testid="secrecy-error">
              {clientErrorText(t, error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="secrecy-submit">
              {t('clients.secrecyModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Asks for destruction; a supervisor and an admin (not the requester) approve elsewhere. */
export function DestructionModal({
  opened,
  file,
  onClose,
}: {
  opened: boolean;
  file: ClientFile;
  onClose: () => void;
}) {
  const t = useT();
  const request = useClientFileStore((s) => s.requestDestruction);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setReason('');
    setTouched(false);
    setError(null);
  }, [opened]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (reason.trim().length < REASON_MIN) return;
    setBusy(true);
    const failure = await request(reason.trim());
    setBusy(false);
    setError(failure);
    if (!failure) {
      notifications.show({
        color: 'teal',
        message: t('clients.destroy.done', { name: file.name }),
      });
      onClose();
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('clients.destroy.title', { name: file.name })}
      data-testid="destruction-modal"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('clients.destroy.intro')}</Text>
          <Textarea
            label={t('clients.destroy.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            rows={3}
            maxLength={300}
            data-autofocus
            error={
              touched && reason.trim().length < REASON_MIN
                ? t('clients.error.reasonShort')
                : error?.fields?.reason && fieldErrorText(t, error.fields.reason)
            }
            data-testid="destruction-reason"
          />
          {error && (
            <Alert color="red" variant="light" role="alert" data-testid="destruction-error">
              {clientErrorText(t, error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" type="submit" loading={busy} data-testid="destruction-submit">
              {t('clients.destroy.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
