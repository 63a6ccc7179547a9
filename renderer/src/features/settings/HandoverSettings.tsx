import { Button, Divider, Group, Modal, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useSettingsStore } from './store';

export interface HandoverFields {
  handoverRetentionMonths: number | string;
  handoverReminderMinutes: number | string;
  /** Shown in yuan, stored in cents. */
  cashFloatYuan: number | string;
}

/** The shift and handover part of the settings form (交接班). */
export function HandoverSettingsFields({
  form,
  set,
  field,
}: {
  form: HandoverFields;
  set: (patch: Partial<HandoverFields>) => void;
  field: (name: string) => string | undefined;
}) {
  const t = useT();
  return (
    <>
      <Divider label={t('settings.section.handover')} labelPosition="left" mt="sm" />
      <Group grow align="flex-start">
        <NumberInput
          label={t('settings.handoverRetention')}
          description={t('settings.handoverRetentionHint')}
          value={form.handoverRetentionMonths}
          onChange={(v) => set({ handoverRetentionMonths: v })}
          min={1}
          max={120}
          allowDecimal={false}
          error={field('handoverRetentionMonths')}
          data-testid="settings-retention"
        />
        <NumberInput
          label={t('settings.handoverReminder')}
          description={t('settings.handoverReminderHint')}
          value={form.handoverReminderMinutes}
          onChange={(v) => set({ handoverReminderMinutes: v })}
          min={1}
          max={60}
          allowDecimal={false}
          error={field('handoverReminderMinutes')}
        />
      </Group>
      <NumberInput
        label={t('settings.cashFloat')}
        description={t('settings.cashFloatHint')}
        value={form.cashFloatYuan}
        onChange={(v) => set({ cashFloatYuan: v })}
        min={0}
        max={1_000_000}
        decimalScale={2}
        prefix="¥"
        error={field('cashFloatCents')}
      />
    </>
  );
}

/** Removes handovers past the retention period, after a confirmation; never younger ones. */
export function HandoverPurge() {
  const t = useT();
  const purge = useSettingsStore((s) => s.purgeHandovers);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const run = async () => {
    close();
    const r = await purge();
    setError(r.ok ? null : r.error);
    setDone(
      r.ok ? t('settings.purge.done', { count: r.data.removed, date: r.data.keptFrom }) : null,
    );
  };
  return (
    <Paper withBorder p="xl" radius="lg" maw={620} mt="lg">
      <Stack gap="sm">
        <Text fw={600}>{t('settings.purge.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('settings.purge.body')}
        </Text>
        <ErrorAlert error={error} />
        {done && (
          <Text size="sm" c="teal.8" data-testid="purge-result">
            {done}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="light" color="red" onClick={open} data-testid="purge-open">
            {t('settings.purge.button')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={opened} onClose={close} title={t('settings.purge.title')} centered>
        <Text size="sm">{t('settings.purge.confirm')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void run()} data-testid="purge-confirm">
            {t('settings.purge.button')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
