/** 总部设置 (admin): head office's own PostgreSQL login, its file key, how the last read went. */
import {
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  NumberInput,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Input } from '../../../../shared/contract';
import type { HqSettingsView } from '../../../../shared/contract/hqViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { labelOr, useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { when } from './format';
import { useHqStore } from './store';

/** Head office's own role, as `npm run headoffice:setup` makes it. */
const DEFAULT_ROLE = 'deskbook_ho';

type Draft = {
  host: string;
  port: number;
  database: string;
  roleName: string;
  password: string;
  caPem: string;
};

const draftOf = (s: HqSettingsView): Draft => ({
  host: s.host,
  port: s.port,
  database: s.database,
  roleName: s.roleName || DEFAULT_ROLE,
  password: '',
  caPem: s.caPem ?? '',
});

/** The password only when typed (it is never read back); an empty certificate is none. */
function inputOf(d: Draft): Input<'hq.updateSettings'> {
  return {
    host: d.host,
    port: d.port,
    database: d.database,
    roleName: d.roleName,
    ...(d.password ? { password: d.password } : {}),
    caPem: d.caPem.trim() || null,
  };
}

function ConnectionCard({ settings }: { settings: HqSettingsView }) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const field = (name: keyof Draft) => (error?.fields?.[name] ? t('hq.settings.invalid') : null);
  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const save = async () => {
    const e = await useHqStore.getState().updateSettings(inputOf(draft));
    setError(e);
    setSaved(!e);
    if (!e) setDraft((d) => ({ ...d, password: '' }));
  };
  const text = (name: 'host' | 'database' | 'roleName', testId: string) => (
    <TextInput
      label={t(`hq.settings.${name}`)}
      value={draft[name]}
      error={field(name)}
      onChange={(e) => change({ [name]: e.currentTarget.value })}
      data-testid={testId}
    />
  );
  return (
    <Card withBorder data-testid="hq-connection">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('hq.settings.connection')}</Title>
          <Badge color={settings.configured ? 'teal' : 'gray'} data-testid="hq-configured">
            {settings.configured ? t('hq.settings.configured') : t('hq.settings.notConfigured')}
          </Badge>
        </Group>
        <SimpleGrid cols={2}>
          {text('host', 'hq-host')}
          <NumberInput
            label={t('hq.settings.port')}
            value={draft.port}
            min={1}
            max={65535}
            error={field('port')}
            onChange={(v) => change({ port: Number(v) })}
            data-testid="hq-port"
          />
          {text('database', 'hq-database')}
          {text('roleName', 'hq-role')}
        </SimpleGrid>
        <PasswordInput
          label={t('hq.settings.password')}
          description={
            settings.passwordSet ? t('hq.settings.passwordSet') : t('hq.settings.passwordNone')
          }
          value={draft.password}
          error={field('password')}
          onChange={(e) => change({ password: e.currentTarget.value })}
          data-testid="hq-password"
        />
        <Textarea
          label={t('hq.settings.caPem')}
          description={t('hq.settings.caHint')}
          value={draft.caPem}
          rows={3}
          error={field('caPem')}
          onChange={(e) => change({ caPem: e.currentTarget.value })}
          data-testid="hq-ca"
        />
        {error && !error.fields && <ErrorAlert error={error} />}
        <Group>
          <Button onClick={() => void save()} data-testid="hq-save">
            {t('hq.settings.save')}
          </Button>
          {saved && (
            <Text size="sm" c="teal" data-testid="hq-saved">
              {t('hq.settings.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function PublicKeyCard({ publicKey }: { publicKey: string }) {
  const t = useT();
  return (
    <Card withBorder data-testid="hq-public-key-card">
      <Stack gap="xs">
        <Title order={4}>{t('hq.settings.publicKey')}</Title>
        <Text size="sm">{t('hq.settings.publicKeyHint')}</Text>
        <Text
          size="xs"
          ff="monospace"
          style={{ wordBreak: 'break-all' }}
          data-testid="hq-public-key"
        >
          {publicKey}
        </Text>
        <Group>
          <CopyButton value={publicKey}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy} data-testid="hq-public-key-copy">
                {copied ? t('hq.copied') : t('hq.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Card>
  );
}

function LastCheck({ settings }: { settings: HqSettingsView }) {
  const t = useT();
  const { lastCheckAt, lastOutcome, lastReason } = settings;
  const line =
    lastCheckAt === null
      ? t('hq.settings.neverChecked')
      : lastOutcome === 'failed'
        ? t('hq.settings.lastFailed', {
            at: when(t, lastCheckAt),
            reason: labelOr(t, `errors.reason.${lastReason ?? ''}`, lastReason ?? '—'),
          })
        : t('hq.settings.lastOk', { at: when(t, lastCheckAt) });
  return (
    <Text size="sm" c={lastOutcome === 'failed' ? 'red' : undefined} data-testid="hq-last-check">
      {t('hq.settings.lastCheck')}: {line}
    </Text>
  );
}

export function HqSettingsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const settings = useHqStore((s) => s.settings);
  const error = useHqStore((s) => s.settingsError);
  useEffect(() => {
    useHqStore.getState().forStaff(session.staffId);
    void useHqStore.getState().loadSettings();
  }, [session.staffId]);
  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="hq.settings" feature={t('nav.hqsettings')} role={session.role} />;
  return (
    <Stack data-testid="hq-settings-screen">
      <PageHeader title={t('hq.settings.title')} subtitle={t('hq.settings.subtitle')} />
      <ErrorAlert error={error} />
      {settings && (
        <>
          <LastCheck settings={settings} />
          <ConnectionCard settings={settings} />
          <PublicKeyCard publicKey={settings.publicKey} />
        </>
      )}
    </Stack>
  );
}
