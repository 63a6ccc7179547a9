import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { StaffView } from '../../../../shared/contract/views';
import { ROLES, type Role } from '../../../../shared/domain/roles';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';

export interface StaffFormValues {
  displayName: string;
  username: string;
  role: Role;
  pin: string;
}

/** Adds a person (with their first PIN) or edits name, user name and role. */
export function StaffFormModal({
  opened,
  editing,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  editing: StaffView | null;
  onClose: () => void;
  onSubmit: (values: StaffFormValues) => Promise<AppErrorShape | null>;
}) {
  const t = useT();
  const [values, setValues] = useState<StaffFormValues>({
    displayName: '',
    username: '',
    role: 'receptionist',
    pin: '',
  });
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setError(null);
    setValues(
      editing
        ? {
            displayName: editing.displayName,
            username: editing.username,
            role: editing.role,
            pin: '',
          }
        : { displayName: '', username: '', role: 'receptionist', pin: '' },
    );
  }, [opened, editing]);

  const field = (k: keyof StaffFormValues) => fieldError(t, error, k);
  // The PIN input exists only when creating: a PIN error while editing goes to the alert.
  const marked = editing
    ? ['displayName', 'username', 'role']
    : ['displayName', 'username', 'role', 'pin'];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failure = await onSubmit(values);
    setBusy(false);
    setError(failure);
    if (!failure) onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('staff.editTitle', { name: editing.displayName }) : t('staff.createTitle')}
      size="md"
    >
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('staff.name')}
            value={values.displayName}
            onChange={(e) => setValues({ ...values, displayName: e.currentTarget.value })}
            required
            data-autofocus
            error={field('displayName')}
            data-testid="staff-form-name"
          />
          <TextInput
            label={t('staff.username')}
            value={values.username}
            onChange={(e) => setValues({ ...values, username: e.currentTarget.value })}
            required
            autoComplete="off"
            error={field('username')}
            data-testid="staff-form-username"
          />
          <Select
            label={t('staff.role')}
            value={values.role}
            onChange={(v) => v && setValues({ ...values, role: v as Role })}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            allowDeselect={false}
            error={field('role')}
            data-testid="staff-form-role"
            comboboxProps={{ withinPortal: true }}
          />
          {!editing && (
            <PasswordInput
              label={t('staff.pin')}
              description={t('staff.pinHint')}
              value={values.pin}
              onChange={(e) => setValues({ ...values, pin: e.currentTarget.value })}
              required
              error={field('pin')}
              data-testid="staff-form-pin"
            />
          )}
          <ErrorAlert error={unmarkedError(error, marked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="staff-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
