import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconUserCircle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract/result';
import { PIN_MIN } from '../../../../../shared/domain/pin';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../../app/fieldErrors';
import { useT } from '../../../app/i18n';
import { useSessionStore } from '../../auth/store';

/**
 * A signature with the signed-in person's own PIN; never a typed name, so nobody signs for
 * someone else. A "same side" refusal offers to switch user.
 */
export function PinModal({
  opened,
  title,
  intro,
  children,
  submitLabel,
  onClose,
  onSubmit,
  testId,
}: {
  opened: boolean;
  title: string;
  intro: string;
  children?: ReactNode;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (pin: string) => Promise<AppErrorShape | null>;
  testId: string;
}) {
  const t = useT();
  const switchUser = useSessionStore((s) => s.switchUser);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) {
      setPin('');
      setError(null);
    }
  }, [opened]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failure = await onSubmit(pin);
    setBusy(false);
    setPin('');
    setError(failure);
    if (!failure) onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md" centered>
      <form onSubmit={submit} data-testid={`${testId}-form`}>
        <Stack>
          <Text size="sm">{intro}</Text>
          {children}
          <PasswordInput
            label={t('handover.pin')}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
            error={fieldError(t, error, 'pin')}
            data-testid={`${testId}-pin`}
          />
          <ErrorAlert error={unmarkedError(error, ['pin'])} />
          {error?.reason === 'handover.sameSide' && (
            <Button
              variant="light"
              leftSection={<IconUserCircle size={18} />}
              onClick={() => void switchUser()}
              data-testid="switch-user"
            >
              {t('handover.switchUser')}
            </Button>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              disabled={pin.length < PIN_MIN}
              data-testid={`${testId}-submit`}
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
