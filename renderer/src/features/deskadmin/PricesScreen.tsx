import { Badge, Button, Modal, Paper, Table, Text, TextInput } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PriceItem } from '../../../../shared/contract/deskViews';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormFooter, SortActiveFields, useModalSave } from '../../app/ModalForm';
import { PageHeader } from '../../app/PageHeader';
import { money } from '../desk/format';
import { centsToYuan, usePricesStore, yuanToCents } from './pricesStore';

/** null: closed; 'new': adding; an item: editing it. */
type Editing = PriceItem | 'new' | null;

function PriceModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const t = useT();
  const item = editing === 'new' ? null : editing;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={
        item ? t('deskadmin.prices.editTitle', { name: item.name }) : t('deskadmin.prices.newTitle')
      }
      centered
    >
      {editing !== null && <PriceForm key={item?.id ?? 'new'} item={item} onClose={onClose} />}
    </Modal>
  );
}

function PriceForm({ item, onClose }: { item: PriceItem | null; onClose: () => void }) {
  const t = useT();
  const save = usePricesStore((s) => s.save);
  const [name, setName] = useState(item?.name ?? '');
  const [price, setPrice] = useState(item ? centsToYuan(item.priceCents) : '');
  const [active, setActive] = useState(item?.active ?? true);
  const [sort, setSort] = useState<number | string>(item?.sort ?? 0);
  const { busy, error, run } = useModalSave(onClose);

  const cents = yuanToCents(price);
  const sortValue = typeof sort === 'number' ? sort : Number.parseInt(sort, 10);
  const ready =
    name.trim().length > 0 && cents !== null && Number.isInteger(sortValue) && sortValue >= 0;

  const submit = async () => {
    if (!ready || cents === null) return;
    await run(() =>
      save({
        ...(item ? { id: item.id } : {}),
        name: name.trim(),
        priceCents: cents,
        active,
        sort: sortValue,
      }),
    );
  };

  return (
    <ModalForm onSubmit={submit}>
      <TextInput
        label={t('deskadmin.prices.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={40}
        required
        data-autofocus
        data-testid="price-name"
      />
      <TextInput
        label={t('deskadmin.prices.price')}
        value={price}
        onChange={(e) => setPrice(e.currentTarget.value)}
        inputMode="decimal"
        leftSection="¥"
        placeholder="0.00"
        error={price.trim() !== '' && cents === null ? '0.00' : undefined}
        required
        data-testid="price-yuan"
      />
      <SortActiveFields
        sort={{
          value: sort,
          onChange: setSort,
          label: t('deskadmin.prices.sort'),
          hint: t('deskadmin.prices.sortHint'),
          max: 10_000,
          testId: 'price-sort',
        }}
        active={{
          checked: active,
          onChange: setActive,
          label: t('deskadmin.prices.active'),
          testId: 'price-active',
        }}
      />
      <ModalFormFooter
        error={error}
        onCancel={onClose}
        cancelLabel={t('deskadmin.cancel')}
        submitLabel={t('deskadmin.save')}
        ready={ready}
        busy={busy}
        testId="price-save"
      />
    </ModalForm>
  );
}

/** 水吧价目表: supervisor and admin keep the items the desk puts on hand tags. */
export function PricesScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { items, error, load } = usePricesStore();
  const [editing, setEditing] = useState<Editing>(null);

  useEffect(() => {
    void load();
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="desk.setPriceItem" feature={t('nav.prices')} role={session.role} />;

  return (
    <>
      <PageHeader
        title={t('deskadmin.prices.title')}
        subtitle={t('deskadmin.prices.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="price-add"
          >
            {t('deskadmin.prices.add')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Paper withBorder radius="lg" p="md">
        {items.length === 0 ? (
          <Text c="dimmed">{t('deskadmin.prices.none')}</Text>
        ) : (
          <Table highlightOnHover data-testid="price-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deskadmin.prices.name')}</Table.Th>
                <Table.Th ta="right">{t('deskadmin.prices.price')}</Table.Th>
                <Table.Th>{t('deskadmin.prices.active')}</Table.Th>
                <Table.Th ta="right">{t('deskadmin.prices.sort')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid="price-row" data-id={item.id}>
                  <Table.Td fw={500}>{item.name}</Table.Td>
                  <Table.Td ta="right" ff="monospace" data-testid="price-row-price">
                    {money(item.priceCents)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={item.active ? 'teal' : 'gray'}>
                      {item.active ? t('deskadmin.prices.active') : t('deskadmin.prices.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{item.sort}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconPencil size={14} />}
                      onClick={() => setEditing(item)}
                      data-testid="price-edit"
                    >
                      {t('deskadmin.prices.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <PriceModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
