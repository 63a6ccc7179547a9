import { Alert, Button, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { SignaturePad } from './SignaturePad';
import { useWaiverStore } from './store';

const FIELD_ERRORS = ['tooLarge', 'type', 'blank'] as const;

/** 免责协议及健康声明: the active text, the signer's name, the pad, Sign. */
export function WaiverModal({ onSigned }: { onSigned: (clientId: string) => void }) {
  const t = useT();
  const { clientId, memberName, text, busy, error, close, sign } = useWaiverStore();
  const [name, setName] = useState('');
  const [signature, setSignature] = useState<string | null>(null);

  useEffect(() => {
    setName(memberName);
    setSignature(null);
  }, [clientId, memberName]);

  const fieldError = error?.fields?.signatureDataUrl;
  const known = FIELD_ERRORS.find((f) => f === fieldError);
  const ready = !!text && name.trim() !== '' && signature !== null;

  const submit = async () => {
    if (!ready || busy || !clientId) return;
    const id = clientId;
    if (await sign(name.trim(), signature)) onSigned(id);
  };

  return (
    <Modal
      opened={clientId !== null}
      onClose={close}
      title={t('waiver.modalTitle')}
      size="lg"
      data-testid="waiver-modal"
    >
      <Stack gap="sm">
        {text && (
          <>
            <Group justify="space-between">
              <Text fw={700} data-testid="waiver-title">
                {text.title}
              </Text>
              <Text size="xs" c="dimmed">
                {t('waiver.version', { version: text.version })}
              </Text>
            </Group>
            <ScrollArea.Autosize mah={220} type="auto">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="waiver-body">
                {text.body}
              </Text>
            </ScrollArea.Autosize>
          </>
        )}
        <TextInput
          label={t('waiver.signerName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={60}
          data-testid="waiver-signer"
        />
        <SignaturePad onChange={setSignature} />
        {signature === null && (
          <Text size="xs" c="dimmed">
            {t('waiver.padEmpty')}
          </Text>
        )}
        {known ? (
          <Alert color="red" data-testid="waiver-error">
            {t(`waiver.error.${known}`)}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('waiver.cancel')}
          </Button>
          <Button
            color="orange"
            disabled={!ready}
            loading={busy}
            onClick={() => void submit()}
            data-testid="waiver-sign"
          >
            {t('waiver.sign')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
