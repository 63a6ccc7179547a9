import {
  Alert,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconDoorExit, IconPlus, IconTagOff } from '@tabler/icons-react';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { TagChargeView } from '../../../../shared/contract/deskViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../shared/domain/desk';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { hhmm, money } from './format';
import { PinFields, pinReady, type PinValue } from './PinFields';
import { useTagsStore } from './tagsStore';

/** 手牌: every tag out as a tile; a click opens its 水吧单 on the side. */
export function TagsBoard() {
  const t = useT();
  const { tags, error, openTag } = useTagsStore();
  return (
    <Paper withBorder radius="lg" p="md" data-testid="tags-board">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('deskui.tags.title')}</Title>
        <Badge size="lg" variant="light" data-testid="tags-count">
          {tags.length}
        </Badge>
      </Group>
      <ErrorAlert error={error} />
      {tags.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('deskui.tags.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 3, md: 4, xl: 6 }} spacing="xs">
          {tags.map((tag) => (
            <UnstyledButton
              key={tag.tagNumber}
              onClick={() =>
                void openTag({
                  checkInId: tag.checkInId,
                  tagNumber: tag.tagNumber,
                  memberName: tag.memberName,
                  since: tag.since,
                })
              }
              data-testid={`tag-tile-${tag.tagNumber}`}
            >
              <Paper
                withBorder
                radius="md"
                p="xs"
                bg={tag.openCharges > 0 ? 'var(--mantine-color-orange-light)' : undefined}
              >
                <Text fz={28} fw={800} lh={1.1}>
                  {tag.tagNumber}
                </Text>
                <Text size="sm" fw={500} truncate>
                  {tag.memberName ?? t('deskui.tags.guest')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('deskui.tags.since', { time: hhmm(tag.since) })}
                </Text>
                {tag.openCharges > 0 && (
                  <Text size="xs" c="orange.8" fw={600} data-testid="tag-tile-charges">
                    {money(tag.openChargesCents)}
                  </Text>
                )}
              </Paper>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      )}
      <TagDrawer />
    </Paper>
  );
}

function ChargeRow({ c }: { c: TagChargeView }) {
  const t = useT();
  const voidCharge = useTagsStore((s) => s.voidCharge);
  const [voiding, setVoiding] = useState(false);
  const [manager, setManager] = useState<PinValue>({ username: '', pin: '' });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const submit = async () => {
    const e = await voidCharge(c.id, manager.username.trim(), manager.pin, reason.trim());
    setError(e);
    if (!e) setVoiding(false);
  };
  return (
    <>
      <Table.Tr data-testid="charge-item" data-state={c.state}>
        <Table.Td>{c.name}</Table.Td>
        <Table.Td ta="right">{c.quantity}</Table.Td>
        <Table.Td ta="right" ff="monospace">
          {money(c.totalCents)}
        </Table.Td>
        <Table.Td>
          <Badge
            size="sm"
            variant="light"
            color={c.state === 'open' ? 'orange' : c.state === 'voided' ? 'gray' : 'teal'}
          >
            {t(`deskui.charge.state.${c.state}`)}
            {c.method ? ` · ${t(`deskui.pay.${c.method}`)}` : ''}
          </Badge>
        </Table.Td>
        <Table.Td>
          {c.state === 'open' && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setVoiding((v) => !v)}
              data-testid="charge-void"
            >
              {t('deskui.charge.void')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {voiding && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <Stack gap="xs" data-testid="charge-void-form">
              <PinFields
                value={manager}
                onChange={setManager}
                prefix="charge-void"
                userLabel={t('deskui.pin.manager')}
                onSubmit={() => reason.trim().length >= 2 && void submit()}
              />
              <TextInput
                label={t('deskui.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                maxLength={300}
                data-testid="charge-void-reason"
              />
              <ErrorAlert error={error} />
              <Group>
                <Button
                  color="red"
                  size="xs"
                  disabled={!pinReady(manager) || reason.trim().length < 2}
                  onClick={() => void submit()}
                  data-testid="charge-void-submit"
                >
                  {t('deskui.charge.voidSubmit')}
                </Button>
              </Group>
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** Settle every open charge by one method, or leave them with a reason. */
export function SettleForm({
  submitRef,
  first,
  onSettled,
}: {
  submitRef?: RefObject<HTMLButtonElement | null>;
  /** Check-out was refused for these charges: the drawer opens with focus here. */
  first?: boolean;
  onSettled?: () => void;
}) {
  const t = useT();
  const { settle, busy } = useTagsStore();
  const [mode, setMode] = useState<PaymentMethod | 'leave'>('cash');
  const [reason, setReason] = useState('');
  const ready = mode !== 'leave' || reason.trim().length >= 2;
  return (
    <Stack gap="xs" data-testid="settle-form">
      <SegmentedControl
        fullWidth
        value={mode}
        onChange={(v) => setMode(v as PaymentMethod | 'leave')}
        data={[
          ...PAYMENT_METHODS.map((m) => ({ value: m, label: t(`deskui.pay.${m}`) })),
          { value: 'leave', label: t('deskui.settle.leave') },
        ]}
        data-testid="settle-method"
      />
      {mode === 'leave' && (
        <TextInput
          label={t('deskui.settle.leaveReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={300}
          data-testid="settle-reason"
        />
      )}
      <Button
        ref={submitRef}
        color="teal"
        disabled={!ready}
        loading={busy}
        data-autofocus={first || undefined}
        onClick={() =>
          void settle(mode === 'leave' ? { leaveReason: reason.trim() } : { method: mode }).then(
            (ok) => ok && onSettled?.(),
          )
        }
        data-testid="settle-submit"
      >
        {t('deskui.settle.submit')} (F8)
      </Button>
    </Stack>
  );
}

function TagDrawer() {
  const t = useT();
  const { open, charges, unsettled, panelError, prices, busy, close, addCharge, checkOut, lost } =
    useTagsStore();
  const [itemId, setItemId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number>(1);
  const [losing, setLosing] = useState(false);
  const [lostReason, setLostReason] = useState('');
  const openCharges = charges.filter((c) => c.state === 'open');
  const openTotal = openCharges.reduce((sum, c) => sum + c.totalCents, 0);
  const itemRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const settleRef = useRef<HTMLButtonElement>(null);
  const checkoutRef = useRef<HTMLButtonElement>(null);
  const picked = useRef(false);
  // Each tag starts with an empty picker: the last tag's drink is not this one's.
  useEffect(() => {
    setItemId(null);
    setQuantity(1);
  }, [open?.checkInId]);
  // A drink chosen in the list: the next Enter adds it. After render, once Add is enabled.
  useEffect(() => {
    if (!picked.current || !itemId) return;
    picked.current = false;
    addRef.current?.focus();
  }, [itemId]);
  // The drawer's quick keys, from any of its fields too: F6 picks a drink, F8 settles.
  useHotkeys(
    [
      ['F6', () => open && itemRef.current?.focus()],
      ['F8', () => open && settleRef.current?.click()],
    ],
    [],
  );

  return (
    <Drawer
      opened={!!open}
      onClose={close}
      position="right"
      size="lg"
      title={
        open && (
          <Group gap="sm">
            <Text fz={28} fw={800} data-testid="tag-panel-number">
              {open.tagNumber ?? '—'}
            </Text>
            <Text fw={600}>{open.memberName ?? t('deskui.tags.guest')}</Text>
            <Text c="dimmed" size="sm">
              {t('deskui.tags.since', { time: hhmm(open.since) })}
            </Text>
          </Group>
        )
      }
      data-testid="tag-panel"
    >
      {open && (
        <Stack gap="md">
          {unsettled && (
            <Alert
              color="orange"
              title={t('deskui.checkout.unsettled')}
              data-testid="checkout-unsettled"
            >
              {t('deskui.checkout.unsettledBody', { total: money(openTotal) })}
            </Alert>
          )}
          <Table verticalSpacing={4} data-testid="charge-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deskui.charge.item')}</Table.Th>
                <Table.Th ta="right">{t('deskui.charge.qty')}</Table.Th>
                <Table.Th ta="right">{t('deskui.charge.total')}</Table.Th>
                <Table.Th>{t('deskui.charge.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {charges.map((c) => (
                <ChargeRow key={c.id} c={c} />
              ))}
            </Table.Tbody>
          </Table>
          {charges.length === 0 && (
            <Text c="dimmed" size="sm">
              {t('deskui.charge.none')}
            </Text>
          )}
          <Text fw={700} data-testid="charge-open-total">
            {t('deskui.charge.openTotal', { total: money(openTotal) })}
          </Text>
          <Group align="flex-end">
            <Select
              ref={itemRef}
              label={`${t('deskui.charge.item')} (F6)`}
              data={prices.map((p) => ({ value: p.id, label: `${p.name} ${money(p.priceCents)}` }))}
              value={itemId}
              onChange={(v) => {
                setItemId(v);
                picked.current = !!v;
              }}
              searchable
              data-autofocus={!unsettled || undefined}
              style={{ flex: 1 }}
              data-testid="charge-item-select"
            />
            <NumberInput
              label={t('deskui.charge.qty')}
              value={quantity}
              onChange={(v) => setQuantity(typeof v === 'number' ? v : 1)}
              min={1}
              max={99}
              w={90}
              data-testid="charge-qty"
            />
            <Button
              ref={addRef}
              leftSection={<IconPlus size={16} />}
              disabled={!itemId || busy}
              onClick={() => {
                if (itemId) void addCharge(itemId, Math.max(1, Math.min(99, quantity)));
              }}
              data-testid="charge-add"
            >
              {t('deskui.charge.add')}
            </Button>
          </Group>
          {openCharges.length > 0 && (
            <>
              <Divider label={t('deskui.settle.title')} />
              <SettleForm
                submitRef={settleRef}
                first={unsettled}
                // Settled on the way out: the next Enter checks the member out.
                onSettled={() => checkoutRef.current?.focus()}
              />
            </>
          )}
          <ErrorAlert error={panelError} />
          <Divider />
          <Group justify="space-between">
            <Button
              ref={checkoutRef}
              size="md"
              color="violet"
              leftSection={<IconDoorExit size={18} />}
              loading={busy}
              onClick={() => void checkOut()}
              data-testid="checkout-submit"
            >
              {t('deskui.checkout.submit')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTagOff size={16} />}
              onClick={() => setLosing((v) => !v)}
              disabled={!open.tagNumber}
              data-testid="tag-lost"
            >
              {t('deskui.tags.lost')}
            </Button>
          </Group>
          {losing && (
            <Group align="flex-end" data-testid="tag-lost-form">
              <TextInput
                label={t('deskui.reason')}
                value={lostReason}
                onChange={(e) => setLostReason(e.currentTarget.value)}
                maxLength={300}
                style={{ flex: 1 }}
                data-testid="tag-lost-reason"
              />
              <Button
                color="red"
                disabled={lostReason.trim().length < 2}
                onClick={() => void lost(lostReason.trim()).then((ok) => ok && setLosing(false))}
                data-testid="tag-lost-submit"
              >
                {t('deskui.tags.lostSubmit')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
