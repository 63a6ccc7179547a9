import { AppShell } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { memo, useEffect, useRef } from 'react';
import type { SessionView } from '../../../shared/contract/views';
import { useSessionStore } from '../features/auth/store';
import { AuditScreen } from '../features/audit/AuditScreen';
import { IntegrityWarning } from '../features/audit/IntegrityWarning';
import { AccessScreen } from '../features/access/AccessScreen';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { BackupWarning } from '../features/backups/BackupWarning';
import { ApprovalsScreen } from '../features/approvals/ApprovalsScreen';
import { PersonDataScreen } from '../features/privacy/PersonDataScreen';
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
import { BadgeScreen } from '../features/visitorBadge/BadgeScreen';
import { parseBadgeParam } from '../features/visitorBadge/store';
import { ReviewsScreen } from '../features/reviews/ReviewsScreen';
import { CallBacksScreen } from '../features/callbacks/CallBacksScreen';
import { FollowUpsScreen } from '../features/followups/FollowUpsScreen';
import { ComplaintsScreen } from '../features/complaints/ComplaintsScreen';
import { ComplaintScreen } from '../features/complaints/ComplaintScreen';
import { IntakeModal } from '../features/complaints/IntakeModal';
import { ServiceLevelsScreen } from '../features/complaints/ServiceLevelsScreen';
import { IncidentsScreen } from '../features/incidents/IncidentsScreen';
import { IncidentScreen } from '../features/incidents/IncidentScreen';
import { IncidentPrintScreen, parseIncidentParam } from '../features/incidents/IncidentPrintScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { RetentionScreen } from '../features/retention/RetentionScreen';
import { StaffScreen } from '../features/staff/StaffScreen';
import { StationsScreen } from '../features/stations/StationsScreen';
import { HeadOfficeScreen } from '../features/headoffice/HeadOfficeScreen';
import { HqBoardScreen } from '../features/hq/HqBoardScreen';
import { HqBranchesScreen } from '../features/hq/HqBranchesScreen';
import { HqReportScreen } from '../features/hq/HqReportScreen';
import { HqSettingsScreen } from '../features/hq/HqSettingsScreen';
import { WaiverTextScreen } from '../features/waiver/WaiverTextScreen';
import { ShiftReminder, ShiftScreen } from '../features/shift/ShiftScreen';
import { ShellHeader } from './ShellHeader';
import { ShellNav } from './ShellNav';
import { ShiftSetupScreen } from '../features/shift/ShiftSetupScreen';
import { HandoverScreen } from '../features/handover/HandoverScreen';
import { HandoverBoardScreen } from '../features/handover/HandoverBoardScreen';
import { PrintScreen } from '../features/handover/PrintScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { ReportPrintScreen } from '../features/reports/ReportPrintScreen';
import { parseReportParam } from '../features/reports/period';
import { SignInNotes } from './SignInNotes';
import { landingRoute, moduleOfRoute, routeAllowedAt, startRoute } from './nav';
import { ModuleOff } from './ModuleOff';
import { useModules, useSettingsStore } from '../features/settings/store';
import { go, useLocation, type Route } from './route';
import { useActivityReporter } from './useActivityReporter';
import { useHeadOffice } from './useHeadOffice';

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
  const headOffice = useHeadOffice();
  const module = moduleOfRoute(route);
  // A screen of the other kind of site: the Shell moves on to this site's start screen.
  if (!routeAllowedAt(route, headOffice)) return null;
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
    case 'followups':
      return <FollowUpsScreen />;
    case 'complaints':
      return <ComplaintsScreen session={session} />;
    case 'complaint':
      return <ComplaintScreen session={session} complaintId={param} />;
    case 'incidents':
      return <IncidentsScreen />;
    case 'incident':
      return <IncidentScreen incidentId={param} />;
    case 'servicelevels':
      return <ServiceLevelsScreen session={session} />;
    case 'reviews':
      return <ReviewsScreen session={session} />;
    case 'approvals':
      return <ApprovalsScreen session={session} />;
    case 'persondata':
      return <PersonDataScreen session={session} clientId={param} />;
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
    case 'retention':
      return <RetentionScreen session={session} />;
    case 'shift':
      return <ShiftScreen session={session} />;
    case 'shiftsetup':
      return <ShiftSetupScreen session={session} />;
    case 'handover':
      return <HandoverScreen session={session} param={param} />;
    case 'handovers':
      return <HandoverBoardScreen session={session} />;
    case 'reports':
      return <ReportsScreen session={session} />;
    case 'stations':
      return <StationsScreen />;
    case 'headoffice':
      return <HeadOfficeScreen />;
    case 'hqboard':
      return <HqBoardScreen session={session} />;
    case 'hqreport':
      return <HqReportScreen session={session} />;
    case 'hqbranches':
      return <HqBranchesScreen session={session} />;
    case 'hqsettings':
      return <HqSettingsScreen session={session} />;
    default:
      return <HomeScreen session={session} />;
  }
}

/** Ctrl+K and the vault's warnings do not depend on the route: not redrawn at a page switch. */
const Spotlight = memo(ClientSpotlight);
const Warnings = memo(function Warnings({ session }: { session: SessionView }) {
  return (
    <>
      <BackupWarning session={session} />
      <IntegrityWarning session={session} />
    </>
  );
});

export function Shell({ session }: { session: SessionView }) {
  const [opened, { toggle, close }] = useDisclosure();
  const { route, param } = useLocation();
  const lock = useSessionStore((s) => s.lock);
  const switchUser = useSessionStore((s) => s.switchUser);
  const modules = useModules();
  const headOffice = useHeadOffice();
  useActivityReporter();
  // The modules in use decide the navigation; main pushes them again after every change.
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, [session.staffId]);
  // Receptionists land on their working screen, once, when the app opens without a route:
  // decided when the site's modules are known (a service hall's is the queue).
  const landed = useRef(false);
  const settingsRead = useSettingsStore((s) => s.settings !== null);
  // Which kind of site this is decides every part below: none mounts (and asks main for
  // anything) before it is known, or a head office would first ask for a desk's lists.
  const profileKnown = useSettingsStore((s) => s.settings !== null || s.error !== null);
  useEffect(() => {
    if (landed.current || !settingsRead) return;
    landed.current = true;
    const empty = window.location.hash.replace(/^#\/?/, '') === '';
    if (headOffice) return;
    if (route === 'home' && session.role === 'receptionist' && empty) go(landingRoute(modules));
  }, [route, session.role, settingsRead, modules, headOffice]);
  // A head office has no desk and a branch no board: a screen of the other kind (an old
  // address, or home at a head office) goes to this site's start screen.
  useEffect(() => {
    if (settingsRead && !routeAllowedAt(route, headOffice)) go(startRoute(headOffice));
  }, [route, settingsRead, headOffice]);
  useHotkeys([
    ['mod+L', () => void lock()],
    ['mod+shift+U', () => void switchUser()],
  ]);

  // The print view is the page itself: no header or navigation on paper or in the PDF.
  if (route === 'print' && parseBadgeParam(param)) return <BadgeScreen param={param} />;
  if (route === 'print' && parseIncidentParam(param)) return <IncidentPrintScreen param={param} />;
  if (route === 'print' && parseReportParam(param))
    return <ReportPrintScreen param={param} staffId={session.staffId} />;
  if (route === 'print') return <PrintScreen session={session} param={param} />;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <ShellHeader session={session} opened={opened} onBurger={toggle} />
      {profileKnown && <ShellNav session={session} route={route} onNavigate={close} />}
      {/* A head office keeps no desk: no client search, intake, notes or shift to remind of. */}
      {profileKnown && !headOffice && modules.includes('clientFiles') && <Spotlight />}
      {profileKnown && !headOffice && <IntakeModal />}
      <AppShell.Main>
        {profileKnown && !headOffice && <SignInNotes session={session} route={route} />}
        {profileKnown && !headOffice && <ShiftReminder session={session} route={route} />}
        <Warnings session={session} />
        {profileKnown && <Screen route={route} param={param} session={session} />}
      </AppShell.Main>
    </AppShell>
  );
}
