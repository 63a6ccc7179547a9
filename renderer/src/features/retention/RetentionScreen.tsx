import { Stack } from '@mantine/core';
import type { SessionView } from '../../../../shared/contract/views';
import { useEffect } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { RetentionPeriods } from './RetentionPeriods';
import { RetentionRun } from './RetentionRun';
import { useRetentionStore } from './store';

/** 保留期限: periods per kind of record, what the next run changes, the run and its result. */
export function RetentionScreen({ session }: { session: SessionView }) {
  const t = useT();
  const settings = useRetentionStore((s) => s.settings);
  const error = useRetentionStore((s) => s.error);
  const load = useRetentionStore((s) => s.load);
  // Main decides; a supervisor's buttons would only be refused.
  const admin = session.role === 'admin';
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Stack gap="md" data-testid="retention-screen">
      <PageHeader title={t('retention.title')} subtitle={t('retention.intro')} />
      <ErrorAlert error={error} />
      {settings && <RetentionPeriods settings={settings} admin={admin} />}
      {settings && <RetentionRun lastRun={settings.lastRun} admin={admin} />}
    </Stack>
  );
}
