import { Alert, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { PageHeader } from '../../app/PageHeader';
import { CalendarEditor } from './CalendarEditor';
import { ChainEditor } from './ChainEditor';
import { LevelsEditor } from './LevelsEditor';
import { useServiceSettingsStore } from './settingsStore';

/** 服务时限: the site calendar, the service levels and the escalation chain (admin). */
export function ServiceLevelsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { settings, error, load } = useServiceSettingsStore();
  const [tab, setTab] = useState<string | null>('calendar');
  const roles = rolesFor('serviceLevels.setCalendar');
  const editable = roles !== 'public' && roles.includes(session.role);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div data-testid="servicelevels-screen">
      <PageHeader title={t('servicelevels.title')} subtitle={t('servicelevels.subtitle')} />
      {!editable && (
        <Alert color="gray" mb="md">
          {t('servicelevels.readOnly')}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {settings && (
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List mb="md">
            <Tabs.Tab value="calendar" data-testid="servicelevels-tab-calendar">
              {t('servicelevels.tab.calendar')}
            </Tabs.Tab>
            <Tabs.Tab value="levels" data-testid="servicelevels-tab-levels">
              {t('servicelevels.tab.levels')}
            </Tabs.Tab>
            <Tabs.Tab value="chain" data-testid="servicelevels-tab-chain">
              {t('servicelevels.tab.chain')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="calendar">
            <CalendarEditor settings={settings} editable={editable} />
          </Tabs.Panel>
          <Tabs.Panel value="levels">
            <LevelsEditor settings={settings} editable={editable} />
          </Tabs.Panel>
          <Tabs.Panel value="chain">
            <ChainEditor settings={settings} editable={editable} />
          </Tabs.Panel>
        </Tabs>
      )}
    </div>
  );
}
