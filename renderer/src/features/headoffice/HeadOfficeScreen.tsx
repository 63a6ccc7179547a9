import {
  Alert,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  NumberInput,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Input } from '../../../../shared/contract';
import type { HeadOfficeSettingsView } from '../../../../shared/contract/headOfficeViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { labelOr, useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { JobProgress } from '../jobs/JobProgress';
import { useHeadOfficeStore } from './store';

const pad = (n: number) => String(n).padStart(2, '0');
/** 2026-12-04 18:05, the desk's own clock. */
export function when(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

type Draft = {
  host: string;
  port: number;
  database: string;
  roleName: string;
  password: string;
  caPem: string;
  publicKey: string;
};

const draftOf = (s: HeadOfficeSettingsView): Draft => ({
  host: s.host,
  port: s.port,
  database: s.database,
  roleName: s.roleName,
  password: '',
  caPem: s.caPem ?? '',
  publicKey: s.publicKey ?? '',
});

/** What the form sends: the password only when typed, empty texts as "none". */
function inputOf(d: Draft): Input<'headOffice.update'> {
  return {
    host: d.host,
    port: d.port,
    database: d.database,
    roleName: d.roleName,
    ...(d.password ? { password: d.password } : {}),
    caPem: d.caPem.trim() || null,
    publicKey: d.publicKey.trim() || null,
  };
}

function ConnectionCard({ settings }: { settings: HeadOfficeSettingsView }) {
  const t = useT();
  const update = useHeadOfficeStore((s) => s.update);
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const field = (name: keyof Draft) => (error?.fields?.[name] ? t('headOffice.invalid') : null);
  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const save = async () => {
    const e = await update(inputOf(draft));
    setError(e);
    setSaved(!e);
    if (!e) setDraft((d) => ({ ...d, password: '' }));
  };
  return (
    <Card withBorder data-testid="ho-connection">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('headOffice.connection')}</Title>
          <Badge color={settings.configured ? 'teal' : 'gray'} data-testid="ho-configured">
            {settings.configured ? t('headOffice.configured') : t('headOffice.notConfigured')}
          </Badge>
        </Group>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('headOffice.host')}
            value={draft.host}
            error={field('host')}
            onChange={(e) => change({ host: e.currentTarget.value })}
            data-testid="ho-host"
          />
          <NumberInput
            label={t('headOffice.port')}
            value={draft.port}
            min={1}
            max={65535}
            error={field('port')}
            onChange={(v) => change({ port: Number(v) })}
            data-testid="ho-port"
          />
          <TextInput
            label={t('headOffice.database')}
            value={draft.database}
            error={field('database')}
            onChange={(e) => change({ database: e.currentTarget.value })}
            data-testid="ho-database"
          />
          <TextInput
            label={t('headOffice.roleName')}
            value={draft.roleName}
            error={field('roleName')}
            onChange={(e) => change({ roleName: e.currentTarget.value })}
            data-testid="ho-role"
          />
        </SimpleGrid>
        <PasswordInput
          label={t('headOffice.password')}
          description={
            settings.passwordSet ? t('headOffice.passwordSet') : t('headOffice.passwordNone')
          }
          value={draft.password}
          error={field('password')}
          onChange={(e) => change({ password: e.currentTarget.value })}
          data-testid="ho-password"
        />
        <Textarea
          label={t('headOffice.caPem')}
          description={t('headOffice.caHint')}
          value={draft.caPem}
          rows={3}
          error={error?.fields?.caPem ? t('headOffice.caRequired') : null}
          onChange={(e) => change({ caPem: e.currentTarget.value })}
          data-testid="ho-ca"
        />
        <TextInput
          label={t('headOffice.publicKey')}
          description={t('headOffice.publicKeyHint')}
          value={draft.publicKey}
          error={field('publicKey')}
          onChange={(e) => change({ publicKey: e.currentTarget.value })}
          data-testid="ho-public-key"
        />
        {error && !error.fields && <ErrorAlert error={error} />}
        <Group>
          <Button onClick={() => void save()} data-testid="ho-save">
            {t('headOffice.save')}
          </Button>
          {saved && (
            <Text size="sm" c="teal" data-testid="ho-saved">
              {t('headOffice.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function PushCard({ settings }: { settings: HeadOfficeSettingsView }) {
  const t = useT();
  const outbox = useHeadOfficeStore((s) => s.outbox);
  const job = useHeadOfficeStore((s) => s.job);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const running = job?.state === 'running';
  const start = async (which: 'push' | 'exportFile') => {
    setError(null);
    const outcome = await useHeadOfficeStore.getState()[which]();
    if (!outcome.ok) setError(outcome.error);
  };
  return (
    <Card withBorder data-testid="ho-push">
      <Stack gap="sm">
        <Title order={4}>{t('headOffice.pushTitle')}</Title>
        <Group gap="xl">
          <Text size="sm" data-testid="ho-pending">
            {t('headOffice.pending', { n: outbox?.pending ?? 0 })}
          </Text>
          <Text size="sm" data-testid="ho-last-push">
            {outbox?.lastPushedAt
              ? t('headOffice.lastPush', { at: when(outbox.lastPushedAt) })
              : t('headOffice.neverPushed')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('headOffice.auto', { n: settings.pushEveryMinutes })}
        </Text>
        {settings.lastOutcome === 'failed' && settings.lastReason && (
          <Text size="sm" c="red" data-testid="ho-last-failure">
            {t('headOffice.lastFailed', {
              at: when(settings.lastAttemptAt ?? 0),
              reason: labelOr(t, `errors.reason.${settings.lastReason}`, settings.lastReason),
            })}
          </Text>
        )}
        {job && <JobProgress job={job} size="sm" />}
        <ErrorAlert error={error} />
        <Group>
          <Button
            disabled={!settings.configured || running}
            onClick={() => void start('push')}
            data-testid="ho-push-now"
          >
            {t('headOffice.pushNow')}
          </Button>
          <Button
            variant="default"
            disabled={!settings.publicKey || running}
            onClick={() => void start('exportFile')}
            data-testid="ho-export"
          >
            {t('headOffice.exportFile')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function SharingCard({ settings }: { settings: HeadOfficeSettingsView }) {
  const t = useT();
  const update = useHeadOfficeStore((s) => s.update);
  return (
    <Card withBorder data-testid="ho-sharing">
      <Stack gap="sm">
        <Switch
          checked={settings.sharePersonalData}
          label={t('headOffice.share')}
          onChange={(e) => void update({ sharePersonalData: e.currentTarget.checked })}
          data-testid="ho-share"
        />
        <Alert
          color={settings.sharePersonalData ? 'orange' : 'gray'}
          data-testid="ho-share-warning"
        >
          {t('headOffice.shareWarning')}
        </Alert>
      </Stack>
    </Card>
  );
}

function EnrolmentCard() {
  const t = useT();
  const identity = useHeadOfficeStore((s) => s.identity);
  if (!identity) return null;
  return (
    <Card withBorder data-testid="ho-enrolment">
      <Stack gap="xs">
        <Title order={4}>{t('headOffice.enrolment')}</Title>
        <Text size="sm">{t('headOffice.enrolmentHint')}</Text>
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="ho-code">
          {identity.enrolmentCode}
        </Text>
        <Text size="sm" data-testid="ho-fingerprint">
          {t('headOffice.fingerprint', { fp: identity.fingerprint })}
        </Text>
        <Group>
          {' '}
          <CopyButton value={identity.enrolmentCode}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy} data-testid="ho-copy">
                {copied ? t('headOffice.copied') : t('headOffice.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Card>
  );
}

/** 总部 (admin): where head office is, pushing to it or a file for it, what may travel. */
export function HeadOfficeScreen() {
  const t = useT();
  const settings = useHeadOfficeStore((s) => s.settings);
  const error = useHeadOfficeStore((s) => s.error);
  useEffect(() => {
    void useHeadOfficeStore.getState().load();
  }, []);
  return (
    <Stack>
      <PageHeader title={t('headOffice.title')} subtitle={t('headOffice.intro')} />
      <ErrorAlert error={error} />
      {settings && (
        <>
          <PushCard settings={settings} />
          <ConnectionCard settings={settings} />
          <SharingCard settings={settings} />
          <EnrolmentCard />
        </>
      )}
    </Stack>
  );
}
