import { Autocomplete, Button, Group, Modal, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { IconCreditCard } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useModules } from '../settings/store';
import { useCountsStore } from './countsStore';

function Figure({
  label,
  value,
  testId,
  color,
  sub,
}: {
  label: string;
  value: ReactNode;
  testId: string;
  color?: string;
  sub?: string;
}) {
  return (
    <Stack gap={0} miw={90}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={800} c={color} data-testid={testId} lh={1.2}>
        {value}
      </Text>
      {sub && (
        <Text size="xs" c="dimmed">
          {sub}
        </Text>
      )}
    </Stack>
  );
}

/** The day's figures at a glance: entries, on site against capacity, visitors, calls, tags. */
export function CountsStrip({ actions }: { actions?: ReactNode }) {
  const t = useT();
  const { desk, reception, occupancy } = useCountsStore();
  const [selling, setSelling] = useState(false);
  const modules = useModules();
  // Entries, on site, tags and card sales are the member desk's; visitors and trials their own.
  const tags = modules.includes('handTags');
  const visitors = modules.includes('visitors');
  const cap = occupancy?.capacity ?? 0;
  const onSite = occupancy?.onSite ?? 0;
  const occColor =
    cap > 0 && (occupancy?.atCapacity || onSite >= cap)
      ? 'red'
      : cap > 0 && onSite >= cap * 0.9
        ? 'orange'
        : undefined;
  return (
    <Paper withBorder radius="lg" px="md" py="xs" data-testid="desk-counts">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xl" wrap="wrap">
          {tags && (
            <>
              <Figure
                label={t('deskui.counts.entries')}
                value={desk?.entries.total ?? '—'}
                sub={
                  desk
                    ? t('deskui.counts.byGender', {
                        female: desk.entries.female,
                        male: desk.entries.male,
                      })
                    : undefined
                }
                testId="count-entries"
              />
              <Figure
                label={t('deskui.counts.onSite')}
                value={cap > 0 ? `${onSite} / ${cap}` : onSite}
                color={occColor}
                testId="count-onsite"
              />
            </>
          )}
          {visitors && (
            <>
              <Figure
                label={t('deskui.counts.visitors')}
                value={reception?.visitors.total ?? '—'}
                testId="count-visitors"
              />
              <Figure
                label={t('deskui.counts.trials')}
                value={reception?.trials.total ?? '—'}
                testId="count-trials"
              />
            </>
          )}
          <Figure
            label={t('deskui.counts.calls')}
            value={reception?.phoneInquiries ?? '—'}
            testId="count-calls"
          />
          {tags && (
            <Figure
              label={t('deskui.counts.tagsOut')}
              value={desk?.tagsOut ?? '—'}
              testId="count-tags"
            />
          )}
        </Group>
        <Group gap="xs">
          {tags && (
            <Button
              variant="default"
              leftSection={<IconCreditCard size={18} />}
              onClick={() => setSelling(true)}
              data-testid="cardsale-open"
            >
              {t('deskui.cardSale.open')}
            </Button>
          )}
          {actions}
        </Group>
      </Group>
      <CardSaleModal opened={selling} onClose={() => setSelling(false)} />
    </Paper>
  );
}

/** 卖出卡种及张数: the card type and how many. There is no price, on purpose. */
function CardSaleModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const { desk, recordCardSale } = useCountsStore();
  const [cardType, setCardType] = useState('');
  const [count, setCount] = useState<number>(1);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    if (opened) {
      setCardType('');
      setCount(1);
      setError(null);
    }
  }, [opened]);
  const submit = async () => {
    const r = await recordCardSale(cardType, Math.max(1, Math.min(100, count)));
    if (!r.ok) return setError(r.error);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('deskui.cardSale.title')}
      data-testid="cardsale-modal"
    >
      <Stack gap="sm">
        <Autocomplete
          label={t('deskui.cardSale.type')}
          data={[...new Set((desk?.cardsSold ?? []).map((c) => c.cardType))]}
          value={cardType}
          onChange={setCardType}
          maxLength={40}
          data-autofocus
          data-testid="cardsale-type"
        />
        <NumberInput
          label={t('deskui.cardSale.count')}
          value={count}
          onChange={(v) => setCount(typeof v === 'number' ? v : 1)}
          min={1}
          max={100}
          data-testid="cardsale-count"
        />
        {desk && desk.cardsSold.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="cardsale-today">
            {t('deskui.cardSale.today')}{' '}
            {desk.cardsSold.map((c) => `${c.cardType} × ${c.count}`).join(t('deskui.listSep'))}
          </Text>
        )}
        <ErrorAlert error={error} />
        <Button
          disabled={!cardType.trim()}
          onClick={() => void submit()}
          data-testid="cardsale-submit"
        >
          {t('deskui.cardSale.submit')}
        </Button>
      </Stack>
    </Modal>
  );
}
