import {
  Button,
  Divider,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { Language } from '../../../../shared/contract/views';
import { AuthLayout } from '../../app/AuthLayout';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useUiStore } from '../../app/uiStore';
import { RestorePanel } from '../backups/RestorePanel';
import { JoinPanel } from './JoinPanel';
import { useStationStore } from './stationStore';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';
import { SITE_PROFILES, type SiteProfile } from '../../../../shared/domain/modules';
import { useVaultStore } from './store';

/**
 * First run: names the site, creates the encrypted vault and the first administrator; or
 * joins a vault PC, so this PC becomes one of its desks or its hall display.
 */
export function SetupScreen() {
  const t = useT();
  const setup = useVaultStore((s) => s.setup);
  const load = useVaultStore((s) => s.load);
  const uiLanguage = useUiStore((s) => s.language);
  const [siteName, setSiteName] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [siteProfile, setSiteProfile] = useState<SiteProfile>('gym');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [mode, setMode] = useState<'create' | 'join'>('create');
  // A browser served by the vault PC (a TV) cannot hold a vault: it may only join as a display.
  const joinOnly = useStationStore((s) => s.status?.joinOnly === true);
  const mismatch = confirm.length > 0 && confirm !== pin;
  const fieldError = (path: string) => (error?.fields?.[path] ? error.fields[path] : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    const r = await setup({
      siteName,
      language,
      siteProfile,
      admin: { displayName, username, pin },
    });
    setBusy(false);
    setError(r.error ?? null);
    if (r.recoveryKey) {
      setPin('');
      setConfirm('');
      setRecoveryKey(r.recoveryKey);
    }
  };

  if (joinOnly)
    return (
      <AuthLayout width={600}>
        <JoinPanel />
      </AuthLayout>
    );

  if (recoveryKey) {
    return (
      <AuthLayout width={560}>
        <RecoveryKeyPanel
          recoveryKey={recoveryKey}
          siteName={siteName}
          onDone={() => void load()}
        />
      </AuthLayout>
    );
  }

  // A new PC: bring the site's vault back from a backup with the recovery key instead.
  if (restoring)
    return (
      <AuthLayout width={640}>
        <Stack>
          <Title order={3}>{t('backups.restore.newPcTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('backups.restore.newPcIntro')}
          </Text>
          <RestorePanel />
          <Button variant="subtle" onClick={() => setRestoring(false)}>
            {t('backups.restore.back')}
          </Button>
        </Stack>
      </AuthLayout>
    );

  const modeSwitch = (
    <SegmentedControl
      fullWidth
      value={mode}
      onChange={(v) => setMode(v as 'create' | 'join')}
      data={[
        { value: 'create', label: t('setup.mode.create') },
        { value: 'join', label: t('setup.mode.join') },
      ]}
      data-testid="setup-mode"
    />
  );
  if (mode === 'join')
    return (
      <AuthLayout width={600}>
        <JoinPanel header={modeSwitch} />
      </AuthLayout>
    );

  return (
    <AuthLayout width={520}>
      <form onSubmit={submit}>
        <Stack>
          {modeSwitch}
          <Title order={3}>{t('setup.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('setup.intro')}
          </Text>
          <TextInput
            label={t('setup.site')}
            placeholder={t('setup.sitePlaceholder')}
            value={siteName}
            onChange={(e) => setSiteName(e.currentTarget.value)}
            required
            autoFocus
            error={fieldError('siteName')}
            data-testid="setup-site"
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('setup.language')}
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
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('modules.section')}
            </Text>
            <SegmentedControl
              fullWidth
              value={siteProfile}
              onChange={(v) => setSiteProfile(v as SiteProfile)}
              data={SITE_PROFILES.map((p) => ({ value: p, label: t(`modules.profile.${p}`) }))}
              data-testid="setup-profile"
            />
            <Text size="xs" c="dimmed" mt={4} data-testid="setup-profile-hint">
              {t(`modules.profile.${siteProfile}.hint`)}
              {/* A head office has no modules, and keeps its profile. */}
              {siteProfile !== 'headOffice' && ` ${t('modules.setupHint')}`}
            </Text>
          </div>
          <Divider label={t('setup.adminHeading')} labelPosition="left" />
          <TextInput
            label={t('setup.displayName')}
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            required
            error={fieldError('admin.displayName')}
            data-testid="setup-name"
          />
          <TextInput
            label={t('setup.username')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            required
            autoComplete="off"
            error={fieldError('admin.username')}
            data-testid="setup-username"
          />
          <PasswordInput
            label={t('setup.pin')}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            required
            minLength={6}
            error={fieldError('admin.pin')}
            data-testid="setup-pin"
          />
          <PasswordInput
            label={t('setup.pinConfirm')}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            required
            error={mismatch ? t('setup.pinMismatch') : undefined}
            data-testid="setup-pin-confirm"
          />
          <ErrorAlert error={error} />
          <Button type="submit" size="md" loading={busy} data-testid="setup-submit">
            {t('setup.submit')}
          </Button>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setRestoring(true)}
            data-testid="setup-restore"
          >
            {t('backups.restore.fromBackup')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
