import {
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PriceItem } from '../../../../shared/contract/deskViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
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
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const cents = yuanToCents(price);
  const sortValue = typeof sort === 'number' ? sort : Number.parseInt(sort, 10);
  const ready =
    name.trim().length > 0 && cents !== null && Number.isInteger(sortValue) && sortValue >= 0;

  const submit = async () => {
    if (!ready || cents === null) return;
    setBusy(true);
    const r = await save({
      ...(item ? { id: item.id } : {}),
      name: name.trim(),
      priceCents: cents,
      active,
      sort: sortValue,
    });
    setBusy(false);
    if (r.ok) onClose();
    else setError(r.error);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
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
        <NumberInput
          label={t('deskadmin.prices.sort')}
          description={t('deskadmin.prices.sortHint')}
          value={sort}
          onChange={setSort}
          min={0}
          max={10_000}
          allowDecimal={false}
          allowNegative={false}
          data-testid="price-sort"
        />
        <Switch
          label={t('deskadmin.prices.active')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
          data-testid="price-active"
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('deskadmin.cancel')}
          </Button>
          <Button type="submit" disabled={!ready} loading={busy} data-testid="price-save">
            {t('deskadmin.save')}
          </Button>
        </Group>
      </Stack>
    </form>
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
