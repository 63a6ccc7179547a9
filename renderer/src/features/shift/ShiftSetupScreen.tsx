import { Paper, Tabs } from '@mantine/core';
import { IconCalendarTime, IconChecklist, IconClock } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { useStaffDirectoryStore } from '../clients/store';
import { ChecklistTab } from './ChecklistTab';
import { RosterTab } from './RosterTab';
import { useShiftSetupStore } from './setupStore';
import { TemplatesTab } from './TemplatesTab';

/** 班次设置: shift templates, the opening and closing checklists, and the roster (排班). */
const TABS = [
  { value: 'templates', Icon: IconClock },
  { value: 'checklists', Icon: IconChecklist },
  { value: 'roster', Icon: IconCalendarTime },
] as const;

export function ShiftSetupScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { error, load } = useShiftSetupStore();
  const [tab, setTab] = useState<string | null>('templates');
  const [today] = useState(() => dayjs().format('YYYY-MM-DD'));

  useEffect(() => {
    void load();
    void useStaffDirectoryStore.getState().load();
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return (
      <Forbidden channel="shifts.setTemplate" feature={t('nav.shiftsetup')} role={session.role} />
    );

  return (
    <>
      <PageHeader title={t('shiftsetup.title')} subtitle={t('shiftsetup.subtitle')} />
      <ErrorAlert error={error} />
      <Paper withBorder radius="lg" p="md" data-testid="shiftsetup-screen">
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            {TABS.map(({ value, Icon }) => (
              <Tabs.Tab
                key={value}
                value={value}
                leftSection={<Icon size={16} />}
                data-testid={`shiftsetup-tab-${value}`}
              >
                {t(`shiftsetup.tab.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="templates">
            <TemplatesTab />
          </Tabs.Panel>
          <Tabs.Panel value="checklists">
            <ChecklistTab />
          </Tabs.Panel>
          <Tabs.Panel value="roster">
            <RosterTab today={today} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
