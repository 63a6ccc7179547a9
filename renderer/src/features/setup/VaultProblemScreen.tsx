import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { VaultStatus } from '../../../../shared/contract/views';
import { AuthLayout } from '../../app/AuthLayout';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { RestorePanel } from '../backups/RestorePanel';
import { useVaultStore } from './store';

export function VaultProblemScreen({ status }: { status: VaultStatus }) {
  const t = useT();
  const recover = useVaultStore((s) => s.recover);
  const [key, setKey] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(await recover(key));
    setBusy(false);
  };

  return (
    <AuthLayout width={status.recoverable ? 520 : 640}>
      <Stack>
        <Title order={3}>{t('vault.problem.title')}</Title>
        <Alert
          color="red"
          variant="light"
          icon={<IconShieldX size={18} />}
          data-testid="vault-problem"
        >
          {t(`vault.problem.${status.problem ?? 'DAMAGED'}`)}
        </Alert>
        {status.recoverable && (
          <form onSubmit={submit}>
            <Stack>
              <TextInput
                label={t('vault.recover.label')}
                description={t('vault.recover.hint')}
                value={key}
                onChange={(e) => setKey(e.currentTarget.value)}
                ff="monospace"
                required
                autoFocus
              />
              <ErrorAlert error={error} />
              <Button type="submit" loading={busy}>
                {t('vault.recover.submit')}
              </Button>
            </Stack>
          </form>
        )}
        {!status.recoverable && (
          <Stack gap="xs" data-testid="vault-problem-restore">
            <Title order={5}>{t('backups.restore.damagedTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('backups.restore.damagedIntro')}
            </Text>
            <RestorePanel />
          </Stack>
        )}
      </Stack>
    </AuthLayout>
  );
}
