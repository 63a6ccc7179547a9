import {
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  NavLink,
  ScrollArea,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconBan,
  IconCalendarTime,
  IconClock,
  IconBook2,
  IconCalendarCheck,
  IconChecklist,
  IconClipboardList,
  IconCoffee,
  IconDatabase,
  IconDoorEnter,
  IconEye,
  IconFileDescription,
  IconHome,
  IconLock,
  IconScale,
  IconSettings,
  IconSignature,
  IconTicket,
  IconUsers,
  IconUsersGroup,
  IconPhoneOutgoing,
} from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { SessionView } from '../../../shared/contract/views';
import { useSessionStore } from '../features/auth/store';
import { AuditScreen } from '../features/audit/AuditScreen';
import { IntegrityWarning } from '../features/audit/IntegrityWarning';
import { AccessScreen } from '../features/access/AccessScreen';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { BackupWarning } from '../features/backups/BackupWarning';
import { ApprovalsScreen } from '../features/approvals/ApprovalsScreen';
import { ClientFileScreen } from '../features/clients/ClientFileScreen';
import { ClientSpotlight } from '../features/clients/ClientSpotlight';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { BlockListScreen } from '../features/deskadmin/BlockListScreen';
import { FairnessScreen } from '../features/deskadmin/FairnessScreen';
import { OnSiteScreen } from '../features/deskadmin/OnSiteScreen';
import { PricesScreen } from '../features/deskadmin/PricesScreen';
import { QueueScreen } from '../features/queue/QueueScreen';
import { ReceptionScreen } from '../features/desk/ReceptionScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { JobsIndicator } from '../features/jobs/JobsIndicator';
import { BadgeScreen } from '../features/visitorBadge/BadgeScreen';
import { parseBadgeParam } from '../features/visitorBadge/store';
import { ReviewsScreen } from '../features/reviews/ReviewsScreen';
import { CallBacksNavBadge } from '../features/callbacks/CallBacksNavBadge';
import { CallBacksScreen } from '../features/callbacks/CallBacksScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useVaultStore } from '../features/setup/store';
import { StaffScreen } from '../features/staff/StaffScreen';
import { WaiverTextScreen } from '../features/waiver/WaiverTextScreen';
import { ShiftReminder, ShiftScreen } from '../features/shift/ShiftScreen';
import { ShiftSetupScreen } from '../features/shift/ShiftSetupScreen';
import { HandoverScreen } from '../features/handover/HandoverScreen';
import { HandoverBoardScreen } from '../features/handover/HandoverBoardScreen';
import { PrintScreen } from '../features/handover/PrintScreen';
import { useT } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { SignInNotes, UnreadNavBadge } from './SignInNotes';
import { activeNavRoute, landingRoute, moduleOfRoute, navFor } from './nav';
import { ModuleOff } from './ModuleOff';
import { useModules, useSettingsStore } from '../features/settings/store';
import { go, useLocation, type Route } from './route';
import { useActivityReporter } from './useActivityReporter';
import { UserMenu } from './UserMenu';

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
  approvals: <IconChecklist size={20} />,
  access: <IconEye size={20} />,
  staff: <IconUsers size={20} />,
  audit: <IconClipboardList size={20} />,
  settings: <IconSettings size={20} />,
  backups: <IconDatabase size={20} />,
  shift: <IconClock size={20} />,
  shiftsetup: <IconCalendarTime size={20} />,
  handovers: <IconArrowsExchange size={20} />,
};

function Screen({
  route,
  param,
  session,
}: {
  route: Route;
  param: string | null;
  session: SessionView;
}) {
  const modules = useModules();
  const module = moduleOfRoute(route);
  if (module && !modules.includes(module)) return <ModuleOff module={module} />;
  switch (route) {
    case 'desk':
      return <ReceptionScreen session={session} />;
    case 'queue':
      return <QueueScreen session={session} />;
    case 'onsite':
      return <OnSiteScreen session={session} />;
    case 'prices':
      return <PricesScreen session={session} />;
    case 'blocklist':
      return <BlockListScreen session={session} />;
    case 'waivertext':
      return <WaiverTextScreen session={session} />;
    case 'fairness':
      return <FairnessScreen session={session} />;
    case 'clients':
      return <ClientsScreen session={session} />;
    case 'client':
      return <ClientFileScreen session={session} clientId={param} />;
    case 'callbacks':
      return <CallBacksScreen />;
    case 'reviews':
      return <ReviewsScreen session={session} />;
    case 'approvals':
      return <ApprovalsScreen session={session} />;
    case 'access':
      return <AccessScreen session={session} />;
    case 'import':
      return <ImportScreen session={session} />;
    case 'staff':
      return <StaffScreen session={session} />;
    case 'audit':
      return <AuditScreen session={session} />;
    case 'settings':
      return <SettingsScreen session={session} />;
    case 'backups':
      return <BackupsScreen session={session} />;
    case 'shift':
      return <ShiftScreen session={session} />;
    case 'shiftsetup':
      return <ShiftSetupScreen session={session} />;
    case 'handover':
      return <HandoverScreen session={session} param={param} />;
    case 'handovers':
      return <HandoverBoardScreen session={session} />;
    default:
      return <HomeScreen session={session} />;
  }
}

export function Shell({ session }: { session: SessionView }) {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure();
  const { route, param } = useLocation();
  const lock = useSessionStore((s) => s.lock);
  const switchUser = useSessionStore((s) => s.switchUser);
  const siteName = useVaultStore((s) => s.status?.siteName);
  const modules = useModules();
  useActivityReporter();
  // The modules in use decide the navigation; main pushes them again after every change.
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, [session.staffId]);
  // Receptionists land on their working screen, once, when the app opens without a route:
  // decided when the site's modules are known (a service hall's is the queue).
  const landed = useRef(false);
  const settingsRead = useSettingsStore((s) => s.settings !== null);
  useEffect(() => {
    if (landed.current || !settingsRead) return;
    landed.current = true;
    const empty = window.location.hash.replace(/^#\/?/, '') === '';
    if (route === 'home' && session.role === 'receptionist' && empty) go(landingRoute(modules));
  }, [route, session.role, settingsRead, modules]);
  useHotkeys([
    ['mod+L', () => void lock()],
    ['mod+shift+U', () => void switchUser()],
  ]);

  // The print view is the page itself: no header or navigation on paper or in the PDF.
  if (route === 'print' && parseBadgeParam(param)) return <BadgeScreen param={param} />;
  if (route === 'print') return <PrintScreen session={session} param={param} />;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <ThemeIcon size={36} radius="md">
              <IconBook2 size={22} />
            </ThemeIcon>
            <div style={{ lineHeight: 1.1 }}>
              <Title order={4}>{t('app.name')}</Title>
              <Text size="xs" c="dimmed" data-testid="site-name">
                {siteName}
              </Text>
            </div>
          </Group>
          <Group gap="md" wrap="nowrap">
            <JobsIndicator />
            <LanguageSwitch />
            <Tooltip label={t('shell.lockHint')}>
              <Button
                variant="light"
                leftSection={<IconLock size={16} />}
                rightSection={<Kbd size="xs">Ctrl L</Kbd>}
                onClick={() => void lock()}
                data-testid="lock-button"
              >
                {t('shell.lock')}
              </Button>
            </Tooltip>
            <UserMenu session={session} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea} type="scroll">
          {navFor(session.role, modules).map(({ group, items }) => (
            <div key={group} data-testid={`nav-group-${group}`}>
              {group !== 'start' && (
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pt="sm" pb={4}>
                  {t(`nav.group.${group}`)}
                </Text>
              )}
              {items.map((item) => (
                <NavLink
                  key={item.route}
                  label={t(item.label)}
                  leftSection={ICONS[item.route]}
                  rightSection={
                    item.route === 'desk' ? (
                      <UnreadNavBadge staffId={session.staffId} />
                    ) : item.route === 'callbacks' ? (
                      <CallBacksNavBadge staffId={session.staffId} />
                    ) : undefined
                  }
                  active={activeNavRoute(route, session.role) === item.route}
                  onClick={() => {
                    go(item.route);
                    close();
                  }}
                  data-testid={`nav-${item.route}`}
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  fw={500}
                />
              ))}
            </div>
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      {modules.includes('clientFiles') && <ClientSpotlight />}
      <AppShell.Main>
        <SignInNotes session={session} route={route} />
        <ShiftReminder session={session} route={route} />
        <BackupWarning session={session} />
        <IntegrityWarning session={session} />
        <Screen route={route} param={param} session={session} />
      </AppShell.Main>
    </AppShell>
  );
}
