import { Modal, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormButtons } from '../../app/ModalForm';

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
  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    await onSubmit(note.trim());
    setBusy(false);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('approvals.rejectTitle')}>
      <ModalForm onSubmit={submit}>
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
        <ModalFormButtons
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
          submitLabel={t('approvals.reject')}
          ready={ready}
          busy={busy}
          color="red"
          testId="reject-submit"
        />
      </ModalForm>
    </Modal>
  );
}
