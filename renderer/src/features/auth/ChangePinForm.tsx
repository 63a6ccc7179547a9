import { Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useSessionStore } from './store';

/** Used both after an admin reset and from "Change my PIN". */
export function ChangePinForm({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const changePin = useSessionStore((s) => s.changePin);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const mismatch = confirm.length > 0 && confirm !== next;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    const failure = await changePin(current, next);
    setError(failure);
    if (!failure) onDone?.();
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <PasswordInput
          label={t('changePin.current')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          required
          autoFocus
          data-testid="pin-current"
        />
        <PasswordInput
          label={t('changePin.new')}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          required
          description={t('staff.pinHint')}
          error={error?.fields?.newPin ? true : undefined}
          data-testid="pin-new"
        />
        <PasswordInput
          label={t('changePin.confirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          required
          error={mismatch ? t('setup.pinMismatch') : undefined}
          data-testid="pin-confirm"
        />
        <ErrorAlert error={error} />
        <Button type="submit" data-testid="pin-submit">
          {t('changePin.submit')}
        </Button>
      </Stack>
    </form>
  );
}
