import { ActionIcon, Badge, Button, Group, Menu, Modal, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconKey,
  IconPencil,
  IconPlayerPlay,
  IconUserOff,
  IconUserPlus,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { SessionView, StaffView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT, type T } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { ResetPinModal } from './ResetPinModal';
import { StaffFormModal, type StaffFormValues } from './StaffFormModal';
import { useStaffStore } from './store';

function StatusBadges({ s, t }: { s: StaffView; t: T }) {
  const waiting = s.lockedUntil !== null && s.lockedUntil > Date.now();
  return (
    <Group gap={6}>
      <Badge color={s.active ? 'teal' : 'gray'} variant={s.active ? 'light' : 'outline'}>
        {t(s.active ? 'staff.status.active' : 'staff.status.inactive')}
      </Badge>
      {s.mustChangePin && (
        <Badge color="yellow" variant="light">
          {t('staff.status.mustChange')}
        </Badge>
      )}
      {waiting && (
        <Badge color="red" variant="light">
          {t('staff.status.lockedUntil', { time: dayjs(s.lockedUntil).format('HH:mm') })}
        </Badge>
      )}
    </Group>
  );
}

export function StaffScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { list, error, load, create, update, setActive, resetPin } = useStaffStore();
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<StaffView | null>(null);
  const [resetting, setResetting] = useState<StaffView | null>(null);
  const [deactivating, setDeactivating] = useState<StaffView | null>(null);
  const [showInactive, setShowInactive] = useState(true);

  useEffect(() => {
    void load();
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="staff.list" feature={t('nav.staff')} role={session.role} />;

  const done = (
    key:
      | 'staff.created'
      | 'staff.updated'
      | 'staff.resetDone'
      | 'staff.deactivated'
      | 'staff.reactivated',
    name: string,
  ) => notifications.show({ color: 'teal', message: t(key, { name }) });

  const submitForm = async (v: StaffFormValues) => {
    const failure = editing
      ? await update({
          id: editing.id,
          displayName: v.displayName,
          username: v.username,
          role: v.role,
        })
      : await create(v);
    if (!failure) done(editing ? 'staff.updated' : 'staff.created', v.displayName);
    return failure;
  };

  const toggleActive = async (s: StaffView, active: boolean) => {
    const failure = await setActive(s.id, active);
    if (failure) notifications.show({ color: 'red', message: <ErrorAlert error={failure} /> });
    else done(active ? 'staff.reactivated' : 'staff.deactivated', s.displayName);
    setDeactivating(null);
  };

  const rows = list.filter((s) => showInactive || s.active);
  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.subtitle')}
        actions={
          <Button
            leftSection={<IconUserPlus size={18} />}
            onClick={() => (setEditing(null), setFormOpen(true))}
            data-testid="staff-add"
          >
            {t('staff.add')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Group justify="flex-end" mb="sm">
        <Switch
          label={t('staff.showInactive')}
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
        />
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="staff-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.name')}</Table.Th>
              <Table.Th>{t('staff.username')}</Table.Th>
              <Table.Th>{t('staff.role')}</Table.Th>
              <Table.Th>{t('staff.status')}</Table.Th>
              <Table.Th>{t('staff.lastLogin')}</Table.Th>
              <Table.Th w={60}>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr
                key={s.id}
                data-testid={`staff-row-${s.username}`}
                style={{ opacity: s.active ? 1 : 0.6 }}
              >
                <Table.Td>
                  <Text fw={600}>
                    {s.displayName}
                    {s.id === session.staffId && (
                      <Text span c="dimmed" fw={400} size="sm">
                        {' '}
                        ({t('staff.you')})
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace">{s.username}</Table.Td>
                <Table.Td>{t(`role.${s.role}`)}</Table.Td>
                <Table.Td>
                  <StatusBadges s={s} t={t} />
                </Table.Td>
                <Table.Td>
                  {s.lastLoginAt
                    ? dayjs(s.lastLoginAt).format('YYYY-MM-DD HH:mm')
                    : t('common.never')}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('common.actions')}
                        data-testid={`staff-actions-${s.username}`}
                      >
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconPencil size={16} />}
                        onClick={() => (setEditing(s), setFormOpen(true))}
                      >
                        {t('common.edit')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconKey size={16} />}
                        onClick={() => setResetting(s)}
                      >
                        {t('staff.resetPin')}
                      </Menu.Item>
                      {s.active ? (
                        <Menu.Item
                          color="red"
                          leftSection={<IconUserOff size={16} />}
                          onClick={() => setDeactivating(s)}
                          disabled={s.id === session.staffId}
                        >
                          {t('staff.deactivate')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item
                          leftSection={<IconPlayerPlay size={16} />}
                          onClick={() => void toggleActive(s, true)}
                        >
                          {t('staff.reactivate')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && !error && (
        <Text c="dimmed" ta="center" py="xl">
          {t('staff.empty')}
        </Text>
      )}
      <StaffFormModal
        opened={formOpen}
        editing={editing}
        onClose={() => setFormOpen(false)}
        onSubmit={submitForm}
      />
      <ResetPinModal
        target={resetting}
        onClose={() => setResetting(null)}
        onSubmit={async (pin) => {
          const failure = await resetPin(resetting!.id, pin);
          if (!failure) done('staff.resetDone', resetting!.displayName);
          return failure;
        }}
      />
      <Modal
        opened={!!deactivating}
        onClose={() => setDeactivating(null)}
        title={t('staff.deactivateTitle', { name: deactivating?.displayName ?? '' })}
      >
        <Text mb="lg">{t('staff.deactivateBody', { name: deactivating?.displayName ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeactivating(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => void toggleActive(deactivating!, false)}
            data-testid="staff-deactivate-confirm"
          >
            {t('staff.deactivate')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
