import { Alert, Modal, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormButtons } from '../../app/ModalForm';

/** Asks for the request's reason (prefilled with the reason for looking) and sends it. */
export function RequestModal({
  kind,
  initialReason,
  error,
  onClose,
  onSubmit,
}: {
  kind: 'export' | 'erase' | null;
  initialReason: string;
  error: string | null;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const t = useT();
  const [reason, setReason] = useState(initialReason);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (kind) setReason(initialReason);
  }, [kind, initialReason]);
  const ready = reason.trim().length >= 2;
  const erase = kind === 'erase';
  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    await onSubmit(reason.trim());
    setBusy(false);
  };
  return (
    <Modal
      opened={kind !== null}
      onClose={onClose}
      title={t(erase ? 'privacy.request.eraseTitle' : 'privacy.request.exportTitle')}
      size="lg"
    >
      <ModalForm onSubmit={submit}>
        <Alert color={erase ? 'red' : 'blue'} variant="light">
          {t(erase ? 'privacy.request.eraseBody' : 'privacy.request.exportBody')}
        </Alert>
        <Textarea
          label={t('privacy.request.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          maxLength={300}
          rows={3}
          data-autofocus
          data-testid="persondata-request-reason"
        />
        {error && (
          <Text c="red" size="sm" role="alert" data-testid="persondata-request-error">
            {error}
          </Text>
        )}
        <ModalFormButtons
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
          submitLabel={t('privacy.request.submit')}
          ready={ready}
          busy={busy}
          color={erase ? 'red' : undefined}
          testId="persondata-request-submit"
        />
      </ModalForm>
    </Modal>
  );
}
