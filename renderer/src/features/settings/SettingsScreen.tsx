import {
  Button,
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
import type { Language, SessionView } from '../../../../shared/contract/views';
import { ADMIN_ONLY } from '../../../../shared/domain/roles';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { useSettingsStore } from './store';

export function SettingsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { settings, load, save } = useSettingsStore();
  const [siteName, setSiteName] = useState('');
  const [idle, setIdle] = useState<number | string>(5);
  const [language, setLanguage] = useState<Language>('zh-CN');
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!settings) return;
    setSiteName(settings.siteName);
    setIdle(settings.idleLockMinutes);
    setLanguage(settings.defaultLanguage);
  }, [settings]);

  // Reading settings is open to all staff; changing them is the admin's. Main enforces both.
  if (!ADMIN_ONLY.includes(session.role) || error?.code === 'FORBIDDEN') {
    return <Forbidden channel="settings.update" feature={t('nav.settings')} role={session.role} />;
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const failure = await save({
      siteName,
      idleLockMinutes: Number(idle),
      defaultLanguage: language,
    });
    setError(failure);
    if (!failure) notifications.show({ color: 'teal', message: t('common.saved') });
  };

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Paper withBorder p="xl" radius="lg" maw={560}>
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label={t('settings.siteName')}
              value={siteName}
              onChange={(e) => setSiteName(e.currentTarget.value)}
              required
              error={error?.fields?.siteName}
            />
            <NumberInput
              label={t('settings.idleLock')}
              description={t('settings.idleLockHint')}
              value={idle}
              onChange={setIdle}
              min={1}
              max={120}
              allowDecimal={false}
              error={error?.fields?.idleLockMinutes}
              data-testid="settings-idle"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('settings.defaultLanguage')}
              </Text>
              <SegmentedControl
                value={language}
                onChange={(v) => setLanguage(v as Language)}
                data={[
                  { value: 'zh-CN', label: '中文' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </div>
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button type="submit" data-testid="settings-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
