import { Button, Group, Modal, Text } from '@mantine/core';
import { useT } from '../../app/i18n';

/** The approval that completes an erasure erases at once: said before, not after. */
export function EraseConfirm({
  opened,
  busy,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('privacy.eraseConfirm')}>
      <Text size="sm" mb="md">
        {t('privacy.eraseConfirmBody')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={busy}
          onClick={onConfirm}
          data-testid="persondata-erase-confirm"
        >
          {t('approvals.approve')}
        </Button>
      </Group>
    </Modal>
  );
}
