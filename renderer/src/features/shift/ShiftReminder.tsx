import { useEffect } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import { rolesFor } from '../../app/nav';
import { go, type Route } from '../../app/route';
import { useServerNow } from './format';
import { NoShiftNotice } from './NoShiftNotice';
import { ReminderBanner } from './ShiftHeader';
import { atWork, useShiftStore } from './shiftStore';

/**
 * The shift itself follows main's pushes (shiftLive); this look now and then is for the clock:
 * the reminder comes due by time passing, which no change announces.
 */
const REMINDER_POLL_MS = 60_000;
const OWN_ROUTES: Route[] = ['shift', 'handover', 'print'];

/**
 * On every screen, shortly before the shift ends: prepare the handover. Put away per shift;
 * the shift screen shows its own banner. On the reception screen with no shift open, main's
 * warning instead.
 */
export function ShiftReminder({ session, route }: { session: SessionView; route: Route }) {
  const roles = rolesFor('handover.prepare');
  const prepares = roles === 'public' || roles.includes(session.role);
  const shift = useShiftStore((s) => s.current?.shift);
  const deskNotice = useShiftStore((s) => s.current?.deskNotice ?? null);
  const dismissed = useShiftStore((s) => s.reminderDismissedFor);
  const dismiss = useShiftStore((s) => s.dismissReminder);
  const now = useServerNow(30_000);
  const away = !OWN_ROUTES.includes(route);

  useEffect(() => {
    if (!prepares || !away) return;
    void useShiftStore.getState().load();
    const id = window.setInterval(() => void useShiftStore.getState().load(), REMINDER_POLL_MS);
    return () => window.clearInterval(id);
  }, [prepares, away]);

  if (!prepares || !away) return null;
  if (route === 'desk' && deskNotice) return <NoShiftNotice notice={deskNotice} now={now} />;
  if (!atWork(shift) || shift.status !== 'open') return null;
  if (!shift.handoverReminder || dismissed === shift.id) return null;
  return (
    <ReminderBanner
      compact
      end={shift.plannedEnd}
      now={now}
      onPrepare={() => go('shift')}
      onClose={() => dismiss(shift.id)}
    />
  );
}
