import {
  Badge,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { HandoverCash } from '../../../../../shared/contract/handoverViews';
import { DENOMINATIONS_CENTS, denominationTotal } from '../../../../../shared/domain/shift';
import { useT } from '../../../app/i18n';
import { centsToYuanText, denominationLabel, money, signedMoney, yuanToCents } from '../format';
import { countedOf, useHandoverStore, type CountMode } from '../store';

/** 票款相符 in green, 长款/短款 in red, with the amount: never colour alone. */
export function VarianceBadge({
  cents,
  size = 'lg',
}: {
  cents: number | null;
  size?: 'md' | 'lg';
}) {
  const t = useT();
  if (cents === null)
    return (
      <Badge
        size={size}
        color="gray"
        variant="light"
        data-testid="cash-variance"
        data-variance="none"
      >
        {t('handover.cash.notCounted')}
      </Badge>
    );
  const word =
    cents === 0
      ? t('handover.cash.balanced')
      : cents > 0
        ? t('handover.cash.over')
        : t('handover.cash.short');
  return (
    <Badge
      size={size}
      color={cents === 0 ? 'green' : 'red'}
      variant={cents === 0 ? 'light' : 'filled'}
      data-testid="cash-variance"
      data-variance={cents}
    >
      {word} {signedMoney(cents)}
    </Badge>
  );
}

function Expected({ cash }: { cash: HandoverCash }) {
  const t = useT();
  const before = cash.beforeOpeningCents ?? 0;
  return (
    <SimpleGrid cols={before > 0 ? 4 : 3} spacing="xs">
      <div>
        <Text size="xs" c="dimmed" fw={600}>
          {t('handover.cash.float')}
        </Text>
        <Text ff="monospace" data-testid="cash-float">
          {money(cash.openingFloatCents)}
        </Text>
      </div>
      <div>
        <Text size="xs" c="dimmed" fw={600}>
          {t('handover.cash.takings')} · {t('handover.cash.payments', { count: cash.paymentCount })}
        </Text>
        <Text ff="monospace" data-testid="cash-takings">
          {money(cash.cashTakingsCents)}
        </Text>
      </div>
      {before > 0 && (
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t('handover.cash.beforeOpening')}
          </Text>
          <Text ff="monospace" c="orange.8" data-testid="cash-before-opening">
            {money(before)}
          </Text>
        </div>
      )}
      <div>
        <Text size="xs" c="dimmed" fw={600}>
          {t('handover.cash.expected')}
        </Text>
        <Text ff="monospace" fw={700} fz="lg" data-testid="cash-expected">
          {money(cash.expectedCents)}
        </Text>
      </div>
    </SimpleGrid>
  );
}

function DenominationGrid() {
  const t = useT();
  const denominations = useHandoverStore((s) => s.form.denominations);
  const edit = useHandoverStore((s) => s.edit);
  const flush = useHandoverStore((s) => s.flush);
  const set = (cents: number, v: string | number) => {
    const next = { ...denominations };
    if (v === '') delete next[String(cents)];
    else next[String(cents)] = Number(v);
    edit({ denominations: next }, 'cash');
  };
  const total = denominationTotal(denominations);
  return (
    <Table verticalSpacing={2} data-testid="denomination-grid" maw={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('handover.cash.denomination')}</Table.Th>
          <Table.Th w={120}>{t('handover.cash.pieces')}</Table.Th>
          <Table.Th ta="right">{t('handover.cash.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {DENOMINATIONS_CENTS.map((cents) => {
          const n = denominations[String(cents)];
          return (
            <Table.Tr key={cents}>
              <Table.Td fw={700}>{denominationLabel(cents)}</Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  min={0}
                  max={100_000}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  aria-label={denominationLabel(cents)}
                  value={n ?? ''}
                  onChange={(v) => set(cents, v)}
                  onBlur={() => void flush()}
                  data-testid={`denom-${cents}`}
                />
              </Table.Td>
              <Table.Td ta="right" ff="monospace" c={n ? undefined : 'dimmed'}>
                {money(cents * (n ?? 0))}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={2}>{t('handover.cash.total')}</Table.Th>
          <Table.Th ta="right" ff="monospace" fz="lg" data-testid="denom-total">
            {money(total)}
          </Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function TotalInput() {
  const t = useT();
  const counted = useHandoverStore((s) => s.form.countedCents);
  const edit = useHandoverStore((s) => s.edit);
  const flush = useHandoverStore((s) => s.flush);
  const [text, setText] = useState(counted === null ? '' : centsToYuanText(counted));
  const cents = text.trim() === '' ? null : yuanToCents(text);
  return (
    <TextInput
      label={t('handover.cash.totalInput')}
      maw={220}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setText(v);
        const c = v.trim() === '' ? null : yuanToCents(v);
        if (c !== null || v.trim() === '') edit({ countedCents: c }, 'cash');
      }}
      onBlur={() => void flush()}
      error={text.trim() !== '' && cents === null ? '0.00' : undefined}
      data-testid="cash-counted-input"
    />
  );
}

function CashCount({ cash }: { cash: HandoverCash }) {
  const t = useT();
  const form = useHandoverStore((s) => s.form);
  const edit = useHandoverStore((s) => s.edit);
  const flush = useHandoverStore((s) => s.flush);
  const counted = countedOf(form);
  const variance = counted === null ? null : counted - cash.expectedCents;
  return (
    <Stack gap="sm" mt="md">
      <SegmentedControl
        value={form.countMode}
        onChange={(v) => edit({ countMode: v as CountMode, countedCents: counted }, 'cash')}
        data={[
          { value: 'denominations', label: t('handover.cash.mode.denominations') },
          { value: 'total', label: t('handover.cash.mode.total') },
        ]}
        w="fit-content"
        data-testid="cash-mode"
      />
      {form.countMode === 'denominations' ? <DenominationGrid /> : <TotalInput />}
      <Group gap="sm">
        <Text fw={600}>{t('handover.cash.counted')}</Text>
        <Text ff="monospace" fw={700} fz="lg" data-testid="cash-counted">
          {counted === null ? '—' : money(counted)}
        </Text>
        <VarianceBadge cents={variance} />
      </Group>
      {variance !== null && variance !== 0 && (
        <Textarea
          label={t('handover.cash.note')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          value={form.cashNote}
          onChange={(e) => edit({ cashNote: e.currentTarget.value }, 'cashNote')}
          onBlur={() => void flush()}
          error={form.cashNote.trim() === '' ? t('handover.cash.noteRequired') : undefined}
          data-testid="cash-note"
        />
      )}
    </Stack>
  );
}

function CashCounted({ cash }: { cash: HandoverCash }) {
  const t = useT();
  const denoms = DENOMINATIONS_CENTS.filter((c) => (cash.denominations?.[String(c)] ?? 0) > 0);
  return (
    <Stack gap="sm" mt="md">
      <Group gap="sm">
        <Text fw={600}>{t('handover.cash.counted')}</Text>
        <Text ff="monospace" fw={700} fz="lg" data-testid="cash-counted">
          {cash.countedCents === null ? '—' : money(cash.countedCents)}
        </Text>
        <VarianceBadge cents={cash.varianceCents} />
      </Group>
      {denoms.length > 0 && (
        <Table verticalSpacing={2} maw={420} data-testid="denomination-table">
          <Table.Tbody>
            {denoms.map((c) => (
              <Table.Tr key={c}>
                <Table.Td fw={700}>{denominationLabel(c)}</Table.Td>
                <Table.Td ta="right">× {cash.denominations![String(c)]}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {money(c * cash.denominations![String(c)]!)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {cash.note && (
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t('handover.cash.noteLabel')}
          </Text>
          <Text size="sm" data-testid="cash-note-text" style={{ whiteSpace: 'pre-wrap' }}>
            {cash.note}
          </Text>
        </div>
      )}
    </Stack>
  );
}

/** 票款相符: expected from the recorded payments against what is in the drawer. */
export function CashBody({ cash, editable }: { cash: HandoverCash; editable: boolean }) {
  return (
    <>
      <Expected cash={cash} />
      {editable ? <CashCount cash={cash} /> : <CashCounted cash={cash} />}
    </>
  );
}
