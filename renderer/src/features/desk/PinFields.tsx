import { Group, PasswordInput, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useT } from '../../app/i18n';

export interface PinValue {
  username: string;
  pin: string;
}

export const pinReady = (v: PinValue) => v.username.trim().length >= 2 && v.pin.length >= 4;

/** A colleague's own user name and PIN, typed by them at the desk; Enter in either submits. */
export function PinFields({
  value,
  onChange,
  prefix,
  userLabel,
  onSubmit,
  autoFocus,
}: {
  value: PinValue;
  onChange: (v: PinValue) => void;
  /** The testid prefix: `${prefix}-user`, `${prefix}-pin`. */
  prefix: string;
  userLabel?: string;
  /** Called on Enter once both fields are filled in. */
  onSubmit?: () => void;
  /** The colleague steps up to type at once: the user name box takes the keyboard. */
  autoFocus?: boolean;
}) {
  const t = useT();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || !onSubmit) return;
    e.preventDefault();
    if (pinReady(value)) onSubmit();
  };
  return (
    <Group grow align="flex-start">
      <TextInput
        label={userLabel ?? t('deskui.pin.user')}
        value={value.username}
        onChange={(e) => onChange({ ...value, username: e.currentTarget.value })}
        onKeyDown={onKeyDown}
        autoFocus={autoFocus}
        autoComplete="off"
        data-testid={`${prefix}-user`}
      />
      <PasswordInput
        label={t('deskui.pin.pin')}
        value={value.pin}
        onChange={(e) => onChange({ ...value, pin: e.currentTarget.value })}
        onKeyDown={onKeyDown}
        autoComplete="off"
        data-testid={`${prefix}-pin`}
      />
    </Group>
  );
}
