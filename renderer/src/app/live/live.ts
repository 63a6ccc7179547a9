/** Every store that follows main's pushed views, notices, and the way back after a lost line. */
import { channelAllowedAt, moduleOf } from '../../../../shared/contract/modules';
import { rolesFor } from '../nav';
import type { LiveFollower } from '../../api/client';
import { useSessionStore } from '../../features/auth/store';
import { useStationStore } from '../../features/setup/stationStore';
import { countsLive } from '../../features/desk/countsStore';
import { messagesLive } from '../../features/desk/messagesStore';
import { callBacksLive } from '../../features/callbacks/store';
import { followUpsLive } from '../../features/followups/store';
import { myComplaintsLive } from '../../features/complaints/mineStore';
import { rotationLive } from '../../features/desk/rotationStore';
import { tagsLive } from '../../features/desk/tagsStore';
import { visitorsLive } from '../../features/desk/visitorsStore';
import { onSiteLive } from '../../features/deskadmin/onSiteStore';
import { queueLive } from '../../features/queue/store';
import { shiftLogLive } from '../../features/shift/logStore';
import { shiftLive } from '../../features/shift/shiftStore';
import { modulesOf, settingsLive, useSettingsStore } from '../../features/settings/store';
import { useConnectionStore } from './connectionStore';
import { followNotices } from './notices';

export const FOLLOWERS: LiveFollower[] = [
  tagsLive,
  countsLive,
  rotationLive,
  messagesLive,
  callBacksLive,
  followUpsLive,
  myComplaintsLive,
  visitorsLive,
  queueLive,
  onSiteLive,
  shiftLive,
  shiftLogLive,
  settingsLive,
];

/**
 * Back after a lost line: main may have restarted and forgotten every session, so the session
 * is read first (none → the login screen); then the stores this role may read are read afresh.
 */
export async function whenBack(): Promise<void> {
  // A hall display has no session; its board reads itself again (HallScreen).
  if (useStationStore.getState().status?.role === 'display') return;
  await useSessionStore.getState().load();
  const session = useSessionStore.getState().session;
  if (!session || session.locked || session.mustChangePin) return;
  // Settings first: a module switched off meanwhile is not read again (main would refuse it).
  await useSettingsStore.getState().load();
  const settings = useSettingsStore.getState().settings;
  const modules = modulesOf(settings);
  const headOffice = settings?.siteProfile === 'headOffice';
  for (const f of FOLLOWERS) {
    const roles = rolesFor(f.channel);
    const module = moduleOf(f.channel);
    // A head office keeps no desk: main answers none of the desk's channels there.
    if (!channelAllowedAt(f.channel, headOffice)) continue;
    if (module && !modules.includes(module)) continue;
    if (roles === 'public' || roles.includes(session.role)) void f.reload();
  }
}

/** Called once when the app starts; returns what stops it (tests). */
export function startLive(): () => void {
  const offs = [
    ...FOLLOWERS.map((f) => f.follow()),
    followNotices(),
    useConnectionStore.getState().start(() => void whenBack()),
  ];
  return () => offs.forEach((off) => off());
}
