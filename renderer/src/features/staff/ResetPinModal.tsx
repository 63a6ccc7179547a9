import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { StaffView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';

export function ResetPinModal({
  target,
  onClose,
  onSubmit,
}: {
  target: StaffView | null;
  onClose: () => void;
  onSubmit: (pin: string) => Promise<AppErrorShape | null>;
}) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setPin('');
    setError(null);
  }, [target]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const failure = await onSubmit(pin);
    setError(failure);
    if (!failure) onClose();
  };
  const name = target?.displayName ?? '';
  return (
    <Modal opened={!!target} onClose={onClose} title={t('staff.resetTitle', { name })}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('staff.resetIntro', { name })}</Text>
          <PasswordInput
            label={t('staff.newPin')}
            description={t('staff.pinHint')}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            required
            data-autofocus
            error={error?.fields?.newPin}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('staff.resetPin')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
