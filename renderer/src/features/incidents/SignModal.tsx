import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { IncidentView } from '../../../../shared/contract/incidentViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { SignaturePad } from '../waiver/SignaturePad';
import { useIncidentStore } from './store';

const PAD_ERRORS = ['tooLarge', 'type', 'blank'] as const;

/** 签字确认: the member reads the report and draws their name, as on the waiver. */
export function SignModal({ incident }: { incident: IncidentView }) {
  const t = useT();
  const { signOpen, setSignOpen, sign } = useIncidentStore();
  const [signer, setSigner] = useState(incident.personName);
  const [signature, setSignature] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!signOpen) return;
    setSigner(incident.personName);
    setSignature(null);
    setError(null);
  }, [signOpen, incident.personName]);
  const padError = PAD_ERRORS.find((c) => error?.fields?.signatureDataUrl === c);
  const send = async () => {
    if (busy || !signature) return;
    setBusy(true);
    const r = await sign({
      incidentId: incident.id,
      signerName: signer,
      signatureDataUrl: signature,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setSignOpen(false);
    notifications.show({ color: 'teal', message: t('incidents.sign.done', { name: signer }) });
  };
  return (
    <Modal
      opened={signOpen}
      onClose={() => setSignOpen(false)}
      title={t('incidents.sign.title')}
      size={620}
      data-testid="incident-sign-modal"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('incidents.sign.read')}</Text>
          <TextInput
            label={t('incidents.sign.signer')}
            value={signer}
            maxLength={60}
            onChange={(e) => setSigner(e.currentTarget.value)}
            error={fieldError(t, error, 'signerName')}
            data-autofocus
            data-testid="incident-signer"
          />
          <SignaturePad onChange={setSignature} />
          {signature === null && (
            <Text size="xs" c="dimmed">
              {t('incidents.sign.padEmpty')}
            </Text>
          )}
          {padError ? (
            <Alert color="red" data-testid="incident-sign-error">
              {t(`incidents.sign.error.${padError}`)}
            </Alert>
          ) : (
            error && !error.fields?.signerName && <ErrorAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setSignOpen(false)}>
              {t('incidents.form.cancel')}
            </Button>
            <Button
              type="submit"
              disabled={!signature || !signer.trim()}
              loading={busy}
              data-testid="incident-sign-submit"
            >
              {t('incidents.sign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
