import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../app/i18n';

/** The red confirmation before a destruction approval: permanent, and maybe immediate. */
export function DestroyModal({
  opened,
  clientName,
  destroysNow,
  error,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  clientName: string;
  /** The other approval is in: this one destroys the file at once. */
  destroysNow: boolean;
  error: string | null;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    await onConfirm();
    setBusy(false);
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        <Text fw={700} c="red">
          {t('approvals.destroyTitle', { name: clientName })}
        </Text>
      }
      styles={{ content: { borderTop: '6px solid var(--mantine-color-red-filled)' } }}
    >
      <Stack data-testid="destruction-modal">
        <Alert color="red" variant="light" icon={<IconAlertOctagon size={20} />}>
          {t('approvals.destroyBody')}
        </Alert>
        {destroysNow && (
          <Text fw={700} c="red" data-testid="destruction-now">
            {t('approvals.destroySecond')}
          </Text>
        )}
        {error && (
          <Text c="red" size="sm" role="alert" data-testid="destruction-error">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => void confirm()}
            data-testid="destruction-confirm"
          >
            {t('approvals.destroyConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
