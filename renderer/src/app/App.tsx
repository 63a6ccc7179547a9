import { Center, Loader, Stack, Text } from '@mantine/core';
import { useMantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { ChangePinScreen } from '../features/auth/ChangePinScreen';
import { LockScreen } from '../features/auth/LockScreen';
import { LoginScreen } from '../features/auth/LoginScreen';
import { useSessionStore } from '../features/auth/store';
import { HallScreen } from '../features/hall/HallScreen';
import { RevokedScreen } from '../features/setup/RevokedScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { useStationStore } from '../features/setup/stationStore';
import { useVaultStore } from '../features/setup/store';
import { VaultProblemScreen } from '../features/setup/VaultProblemScreen';
import { useT } from './i18n';
import { ConnectionBar } from './live/ConnectionBar';
import { useWhenBack } from './live/connectionStore';
import { startLive } from './live/live';
import { go, useLocation } from './route';
import { Shell } from './Shell';
import { useUiStore } from './uiStore';

function Splash({ text }: { text: string }) {
  return (
    <Center h="100vh">
      <Stack align="center">
        <Loader />
        <Text c="dimmed">{text}</Text>
      </Stack>
    </Center>
  );
}

/** Follows the signed-in person's language and colour scheme, or the site default before. */
function usePreferences() {
  const vault = useVaultStore((s) => s.status);
  const session = useSessionStore((s) => s.session);
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    const ui = useUiStore.getState();
    if (session?.language) ui.setLanguage(session.language);
    else if (!ui.chosen && vault?.defaultLanguage) ui.setLanguage(vault.defaultLanguage);
  }, [session?.language, vault?.defaultLanguage]);
  useEffect(() => {
    if (session) setColorScheme(session.colorScheme);
  }, [session?.colorScheme]); // eslint-disable-line react-hooks/exhaustive-deps
  // Toasts can name clients: they go when the person at the PC changes or the screen locks.
  useEffect(() => {
    notifications.clean();
  }, [session?.staffId, session?.locked]);
  const language = useUiStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}

/** The app, with main's pushed changes followed from the start and the connection bar over it. */
export function App() {
  const bridged = useVaultStore((s) => s.bridged);
  useEffect(() => (bridged ? startLive() : undefined), [bridged]);
  return (
    <>
      <Desk />
      <ConnectionBar />
    </>
  );
}

/**
 * Decides which one screen the desk shows: a removed station, the hall display, setup,
 * problem, login, lock, PIN change or the app.
 */
function Desk() {
  const t = useT();
  const vault = useVaultStore();
  const station = useStationStore();
  const { session, loaded, switching, load } = useSessionStore();
  const { route } = useLocation();
  usePreferences();

  useEffect(() => {
    if (!vault.bridged) return;
    // A display may read only the board: it never asks for the vault or a session.
    void station.load().then(() => {
      if (useStationStore.getState().status?.role !== 'display') void vault.load();
    });
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  // A desk PC started while the line to the vault PC was down reads the vault once it is back.
  useWhenBack(() => {
    if (station.loaded && station.status?.role !== 'display' && !vault.status) void vault.load();
  });
  useEffect(() => {
    if (vault.status?.state === 'open') void load();
  }, [vault.status?.state, load]);

  if (!vault.bridged) return <Splash text={t('app.noBridge')} />;
  if (!station.loaded) return <Splash text={t('app.loading')} />;
  if (station.status?.revoked) return <RevokedScreen status={station.status} />;
  // A hall display shows the board, full window, and nobody signs in there.
  if (station.status?.role === 'display') return <HallScreen />;
  if (!vault.status) return <Splash text={t('app.loading')} />;
  if (vault.status.state === 'absent') return <SetupScreen />;
  if (vault.status.state === 'error') return <VaultProblemScreen status={vault.status} />;
  // 叫号屏 on any PC (a second window on a TV): public, so before and beside any sign-in.
  if (route === 'hall') return <HallScreen onClose={() => go('home')} />;
  if (!loaded) return <Splash text={t('app.loading')} />;
  if (!session || switching) return <LoginScreen />;
  if (session.locked) return <LockScreen session={session} />;
  if (session.mustChangePin) return <ChangePinScreen />;
  return <Shell session={session} />;
}
