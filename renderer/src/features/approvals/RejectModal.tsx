import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';

/** Rejecting needs a note: the requester reads why. */
export function RejectModal({
  opened,
  subject,
  error,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  /** One line naming what is rejected (requester, reason). */
  subject: string;
  error: string | null;
  onClose: () => void;
  onSubmit: (note: string) => Promise<void>;
}) {
  const t = useT();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) setNote('');
  }, [opened]);
  const ready = note.trim().length >= 2;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    await onSubmit(note.trim());
    setBusy(false);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('approvals.rejectTitle')}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">
            {subject}
          </Text>
          <Textarea
            label={t('approvals.rejectNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required
            maxLength={300}
            rows={3}
            data-autofocus
            data-testid="reject-note"
          />
          {error && (
            <Text c="red" size="sm" role="alert" data-testid="reject-error">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              disabled={!ready}
              loading={busy}
              data-testid="reject-submit"
            >
              {t('approvals.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
