import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconBan, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { BlockListEntry } from '../../../../shared/contract/receptionViews';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormFooter, useModalSave } from '../../app/ModalForm';
import { PageHeader } from '../../app/PageHeader';
import { useBlockListStore } from './blockListStore';

const when = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

function AddForm({ onClose }: { onClose: () => void }) {
  const t = useT();
  const add = useBlockListStore((s) => s.add);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, run } = useModalSave(onClose);
  const ready = name.trim().length > 0 && reason.trim().length >= 2;

  const submit = async () => {
    if (!ready) return;
    await run(() =>
      add({
        name: name.trim(),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(idNumber.trim() ? { idNumber: idNumber.trim() } : {}),
        reason: reason.trim(),
      }),
    );
  };

  return (
    <ModalForm onSubmit={submit}>
      <TextInput
        label={t('deskadmin.block.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={60}
        required
        data-autofocus
        data-testid="block-name"
      />
      <TextInput
        label={t('deskadmin.block.phone')}
        value={phone}
        onChange={(e) => setPhone(e.currentTarget.value)}
        inputMode="tel"
        maxLength={20}
        data-testid="block-phone"
      />
      <TextInput
        label={t('deskadmin.block.idNumber')}
        description={t('deskadmin.block.idNumberHint')}
        value={idNumber}
        onChange={(e) => setIdNumber(e.currentTarget.value)}
        maxLength={30}
        data-testid="block-id-number"
      />
      <Textarea
        label={t('deskadmin.block.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={300}
        rows={3}
        required
        data-testid="block-reason"
      />
      <ModalFormFooter
        error={error}
        onCancel={onClose}
        cancelLabel={t('deskadmin.cancel')}
        submitLabel={t('deskadmin.block.add')}
        ready={ready}
        busy={busy}
        color="red"
        testId="block-save"
      />
    </ModalForm>
  );
}

function RemoveConfirm({ entry, onClose }: { entry: BlockListEntry; onClose: () => void }) {
  const t = useT();
  const remove = useBlockListStore((s) => s.remove);
  const { busy, error, run } = useModalSave(onClose);
  const confirm = () => run(() => remove(entry.id));
  return (
    <Stack>
      <Text>{t('deskadmin.block.removeBody')}</Text>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('deskadmin.cancel')}
        </Button>
        <Button
          color="red"
          loading={busy}
          onClick={() => void confirm()}
          data-testid="block-remove-confirm"
        >
          {t('deskadmin.block.removeConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** 禁止入场名单: supervisor and admin keep who the desk is alerted about. */
export function BlockListScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { entries, includeRemoved, error, load, setIncludeRemoved } = useBlockListStore();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<BlockListEntry | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="blockList.list" feature={t('nav.blocklist')} role={session.role} />;

  return (
    <>
      <PageHeader
        title={t('deskadmin.block.title')}
        subtitle={t('deskadmin.block.subtitle')}
        actions={
          <Button
            color="red"
            leftSection={<IconBan size={16} />}
            onClick={() => setAdding(true)}
            data-testid="block-add"
          >
            {t('deskadmin.block.add')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Switch
        mb="md"
        label={t('deskadmin.block.showRemoved')}
        checked={includeRemoved}
        onChange={(e) => void setIncludeRemoved(e.currentTarget.checked)}
        data-testid="block-show-removed"
      />
      <Paper withBorder radius="lg" p="md">
        {entries.length === 0 ? (
          <Text c="dimmed" data-testid="block-empty">
            {t('deskadmin.block.none')}
          </Text>
        ) : (
          <Table highlightOnHover data-testid="block-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deskadmin.block.name')}</Table.Th>
                <Table.Th>{t('deskadmin.block.phone')}</Table.Th>
                <Table.Th>{t('deskadmin.block.idNumber')}</Table.Th>
                <Table.Th>{t('deskadmin.block.reason')}</Table.Th>
                <Table.Th>{t('deskadmin.block.addedAt')}</Table.Th>
                <Table.Th>{t('deskadmin.block.addedBy')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr
                  key={e.id}
                  data-testid="block-row"
                  data-id={e.id}
                  data-active={e.active}
                  c={e.active ? undefined : 'dimmed'}
                >
                  <Table.Td fw={600}>{e.name}</Table.Td>
                  <Table.Td ff="monospace">{e.phoneMasked ?? '—'}</Table.Td>
                  <Table.Td ff="monospace">{e.idNumberMasked ?? '—'}</Table.Td>
                  <Table.Td maw={320}>{e.reason}</Table.Td>
                  <Table.Td>{when(e.addedAt)}</Table.Td>
                  <Table.Td>{e.addedByName ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    {e.active ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        onClick={() => setRemoving(e)}
                        data-testid="block-remove"
                      >
                        {t('deskadmin.block.remove')}
                      </Button>
                    ) : (
                      <Badge variant="light" color="gray">
                        {t('deskadmin.block.removed', { time: when(e.removedAt ?? e.addedAt) })}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('deskadmin.block.add')}
        centered
      >
        {adding && <AddForm onClose={() => setAdding(false)} />}
      </Modal>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? t('deskadmin.block.removeTitle', { name: removing.name }) : ''}
        centered
      >
        {removing && <RemoveConfirm entry={removing} onClose={() => setRemoving(null)} />}
      </Modal>
    </>
  );
}
