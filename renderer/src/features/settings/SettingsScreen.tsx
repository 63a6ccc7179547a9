import {
  Button,
  Divider,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { DeskSettings, Language, SessionView } from '../../../../shared/contract/views';
import { ADMIN_ONLY } from '../../../../shared/domain/roles';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { NoticeSoundSetting } from '../../app/live/NoticeSoundSetting';
import { PageHeader } from '../../app/PageHeader';
import { HandoverPurge, HandoverSettingsFields, type HandoverFields } from './HandoverSettings';
import { SiteProfileSettings } from './SiteProfileSettings';
import { useModules, useSettingsStore } from './store';

interface Form extends HandoverFields {
  siteName: string;
  idleLockMinutes: number | string;
  defaultLanguage: Language;
  handTags: string;
  capacity: number | string;
  /** Shown in yuan, stored in cents. */
  lostTagFeeYuan: number | string;
  handoverMinutes: number | string;
  queueAttendMinutes: number | string;
  queueEscalateMinutes: number | string;
}

function formOf(s: DeskSettings): Form {
  return {
    siteName: s.siteName,
    idleLockMinutes: s.idleLockMinutes,
    defaultLanguage: s.defaultLanguage,
    handTags: s.handTags ?? '1-200',
    capacity: s.capacity ?? 0,
    lostTagFeeYuan: (s.lostTagFeeCents ?? 0) / 100,
    handoverMinutes: s.handoverMinutes ?? 2,
    queueAttendMinutes: s.queueAttendMinutes ?? 5,
    queueEscalateMinutes: s.queueEscalateMinutes ?? 15,
    handoverRetentionMonths: s.handoverRetentionMonths ?? 12,
    handoverReminderMinutes: s.handoverReminderMinutes ?? 10,
    cashFloatYuan: (s.cashFloatCents ?? 0) / 100,
  };
}

export function SettingsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { settings, load, save } = useSettingsStore();
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const set = (patch: Partial<Form>) => setForm((f) => (f ? { ...f, ...patch } : f));
  // A module's own settings show only while the site uses it (their values are kept).
  const modules = useModules();
  const tags = modules.includes('handTags');
  const visitors = modules.includes('visitors');
  const queue = modules.includes('queue');

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (settings) setForm(formOf(settings));
  }, [settings]);

  // Reading settings is open to all staff; changing them is the admin's. Main enforces both.
  if (!ADMIN_ONLY.includes(session.role) || error?.code === 'FORBIDDEN') {
    return <Forbidden channel="settings.update" feature={t('nav.settings')} role={session.role} />;
  }
  if (!form) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const failure = await save({
      siteName: form.siteName,
      idleLockMinutes: Number(form.idleLockMinutes),
      defaultLanguage: form.defaultLanguage,
      handTags: form.handTags,
      capacity: Number(form.capacity),
      lostTagFeeCents: Math.round(Number(form.lostTagFeeYuan) * 100),
      handoverMinutes: Number(form.handoverMinutes),
      queueAttendMinutes: Number(form.queueAttendMinutes),
      queueEscalateMinutes: Number(form.queueEscalateMinutes),
      handoverRetentionMonths: Number(form.handoverRetentionMonths),
      handoverReminderMinutes: Number(form.handoverReminderMinutes),
      cashFloatCents: Math.round(Number(form.cashFloatYuan) * 100),
    });
    setError(failure);
    if (!failure) notifications.show({ color: 'teal', message: t('common.saved') });
  };
  const field = (name: keyof DeskSettings) => error?.fields?.[name];

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <SiteProfileSettings />
      <Paper withBorder p="xl" radius="lg" maw={620}>
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label={t('settings.siteName')}
              value={form.siteName}
              onChange={(e) => set({ siteName: e.currentTarget.value })}
              required
              error={field('siteName')}
            />
            <NumberInput
              label={t('settings.idleLock')}
              description={t('settings.idleLockHint')}
              value={form.idleLockMinutes}
              onChange={(v) => set({ idleLockMinutes: v })}
              min={1}
              max={120}
              allowDecimal={false}
              error={field('idleLockMinutes')}
              data-testid="settings-idle"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('settings.defaultLanguage')}
              </Text>
              <SegmentedControl
                value={form.defaultLanguage}
                onChange={(v) => set({ defaultLanguage: v as Language })}
                data={[
                  { value: 'zh-CN', label: '中文' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </div>
            {(tags || visitors || queue) && (
              <Divider label={t('settings.section.desk')} labelPosition="left" mt="sm" />
            )}
            {tags && (
              <TextInput
                label={t('settings.handTags')}
                description={t('settings.handTagsHint')}
                value={form.handTags}
                onChange={(e) => set({ handTags: e.currentTarget.value })}
                error={field('handTags')}
                data-testid="settings-hand-tags"
              />
            )}
            {tags && (
              <Group grow align="flex-start">
                <NumberInput
                  label={t('settings.capacity')}
                  description={t('settings.capacityHint')}
                  value={form.capacity}
                  onChange={(v) => set({ capacity: v })}
                  min={0}
                  max={100000}
                  allowDecimal={false}
                  error={field('capacity')}
                />
                <NumberInput
                  label={t('settings.lostTagFee')}
                  description={t('settings.lostTagFeeHint')}
                  value={form.lostTagFeeYuan}
                  onChange={(v) => set({ lostTagFeeYuan: v })}
                  min={0}
                  max={100000}
                  decimalScale={2}
                  prefix="¥"
                  error={field('lostTagFeeCents')}
                />
              </Group>
            )}
            {visitors && (
              <NumberInput
                label={t('settings.handoverMinutes')}
                description={t('settings.handoverHint')}
                value={form.handoverMinutes}
                onChange={(v) => set({ handoverMinutes: v })}
                min={1}
                max={30}
                allowDecimal={false}
                error={field('handoverMinutes')}
              />
            )}
            {queue && (
              <Group grow align="flex-start">
                <NumberInput
                  label={t('settings.queueAttend')}
                  description={t('settings.queueAttendHint')}
                  value={form.queueAttendMinutes}
                  onChange={(v) => set({ queueAttendMinutes: v })}
                  min={1}
                  max={240}
                  allowDecimal={false}
                  error={field('queueAttendMinutes')}
                />
                <NumberInput
                  label={t('settings.queueEscalate')}
                  description={t('settings.queueEscalateHint')}
                  value={form.queueEscalateMinutes}
                  onChange={(v) => set({ queueEscalateMinutes: v })}
                  min={1}
                  max={480}
                  allowDecimal={false}
                  error={field('queueEscalateMinutes')}
                />
              </Group>
            )}
            <HandoverSettingsFields form={form} set={set} field={(n) => error?.fields?.[n]} />
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button type="submit" data-testid="settings-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <NoticeSoundSetting />
      <HandoverPurge />
    </>
  );
}
