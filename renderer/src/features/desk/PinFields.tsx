import { Group, PasswordInput, TextInput } from '@mantine/core';
import { useT } from '../../app/i18n';

export interface PinValue {
  username: string;
  pin: string;
}

/** A colleague's own user name and PIN, typed by them at the desk. */
export function PinFields({
  value,
  onChange,
  prefix,
  userLabel,
}: {
  value: PinValue;
  onChange: (v: PinValue) => void;
  /** The testid prefix: `${prefix}-user`, `${prefix}-pin`. */
  prefix: string;
  userLabel?: string;
}) {
  const t = useT();
  return (
    <Group grow align="flex-start">
      <TextInput
        label={userLabel ?? t('deskui.pin.user')}
        value={value.username}
        onChange={(e) => onChange({ ...value, username: e.currentTarget.value })}
        autoComplete="off"
        data-testid={`${prefix}-user`}
      />
      <PasswordInput
        label={t('deskui.pin.pin')}
        value={value.pin}
        onChange={(e) => onChange({ ...value, pin: e.currentTarget.value })}
        autoComplete="off"
        data-testid={`${prefix}-pin`}
      />
    </Group>
  );
}

export const pinReady = (v: PinValue) => v.username.trim().length >= 2 && v.pin.length >= 4;
