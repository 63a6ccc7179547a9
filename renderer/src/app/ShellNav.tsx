import { AppShell, NavLink, ScrollArea, Text } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBuildingStore,
  IconBuildingCommunity,
  IconLayoutGrid,
  IconReportAnalytics,
  IconBan,
  IconCalendarCheck,
  IconCalendarTime,
  IconChartBar,
  IconChecklist,
  IconClipboardList,
  IconClock,
  IconClockShield,
  IconCoffee,
  IconDatabase,
  IconDoorEnter,
  IconEye,
  IconFileDescription,
  IconFirstAidKit,
  IconHourglass,
  IconHome,
  IconMessageReport,
  IconNetwork,
  IconPhoneCall,
  IconPhoneOutgoing,
  IconScale,
  IconSettings,
  IconSignature,
  IconTicket,
  IconUserShield,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import type { SessionView } from '../../../shared/contract/views';
import { CallBacksNavBadge } from '../features/callbacks/CallBacksNavBadge';
import { FollowUpsNavBadge } from '../features/followups/FollowUpsNavBadge';
import { useModules } from '../features/settings/store';
import { useT } from './i18n';
import { activeNavRoute, navFor } from './nav';
import { go, type Route } from './route';
import { UnreadNavBadge } from './SignInNotes';
import { useHeadOffice } from './useHeadOffice';

const ICONS: Partial<Record<Route, ReactNode>> = {
  home: <IconHome size={20} />,
  desk: <IconDoorEnter size={20} />,
  queue: <IconTicket size={20} />,
  onsite: <IconUsersGroup size={20} />,
  prices: <IconCoffee size={20} />,
  blocklist: <IconBan size={20} />,
  waivertext: <IconSignature size={20} />,
  fairness: <IconScale size={20} />,
  clients: <IconFileDescription size={20} />,
  reviews: <IconCalendarCheck size={20} />,
  callbacks: <IconPhoneOutgoing size={20} />,
  followups: <IconPhoneCall size={20} />,
  complaints: <IconMessageReport size={20} />,
  incidents: <IconFirstAidKit size={20} />,
  servicelevels: <IconHourglass size={20} />,
  approvals: <IconChecklist size={20} />,
  access: <IconEye size={20} />,
  staff: <IconUsers size={20} />,
  audit: <IconClipboardList size={20} />,
  settings: <IconSettings size={20} />,
  backups: <IconDatabase size={20} />,
  retention: <IconClockShield size={20} />,
  shift: <IconClock size={20} />,
  shiftsetup: <IconCalendarTime size={20} />,
  handovers: <IconArrowsExchange size={20} />,
  reports: <IconChartBar size={20} />,
  persondata: <IconUserShield size={20} />,
  stations: <IconNetwork size={20} />,
  hqboard: <IconLayoutGrid size={20} />,
  hqreport: <IconReportAnalytics size={20} />,
  hqbranches: <IconBuildingStore size={20} />,
  hqsettings: <IconBuildingCommunity size={20} />,
};

/** One link; memoised, so a page switch redraws the two links whose highlight moves. */
const NavItem = memo(function NavItem({
  route,
  label,
  active,
  staffId,
  onNavigate,
}: {
  route: Route;
  label: string;
  active: boolean;
  staffId: string;
  onNavigate: () => void;
}) {
  return (
    <NavLink
      label={label}
      leftSection={ICONS[route]}
      rightSection={
        route === 'desk' ? (
          <UnreadNavBadge staffId={staffId} />
        ) : route === 'callbacks' ? (
          <CallBacksNavBadge staffId={staffId} />
        ) : route === 'followups' ? (
          <FollowUpsNavBadge staffId={staffId} />
        ) : undefined
      }
      active={active}
      onClick={() => {
        go(route);
        onNavigate();
      }}
      data-testid={`nav-${route}`}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      fw={500}
    />
  );
});

/** The screens of this role and site, in groups. */
export const ShellNav = memo(function ShellNav({
  session,
  route,
  onNavigate,
}: {
  session: SessionView;
  route: Route;
  onNavigate: () => void;
}) {
  const t = useT();
  const modules = useModules();
  const headOffice = useHeadOffice();
  const current = activeNavRoute(route, session.role);
  return (
    <AppShell.Navbar p="sm">
      <AppShell.Section grow component={ScrollArea} type="scroll">
        {navFor(session.role, modules, headOffice).map(({ group, items }) => (
          <div key={group} data-testid={`nav-group-${group}`}>
            {group !== 'start' && (
              <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pt="sm" pb={4}>
                {t(`nav.group.${group}`)}
              </Text>
            )}
            {items.map((item) => (
              <NavItem
                key={item.route}
                route={item.route}
                label={t(item.label)}
                active={current === item.route}
                staffId={session.staffId}
                onNavigate={onNavigate}
              />
            ))}
          </div>
        ))}
      </AppShell.Section>
    </AppShell.Navbar>
  );
});
