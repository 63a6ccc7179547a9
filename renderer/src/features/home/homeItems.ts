/** What each role's home page lists: a figure, the words that say what it counts, its screen. */
import type { CallsToday, HomeSummary } from '../../../../shared/contract/homeViews';
import type { MessageKey } from '../../../../shared/i18n';
import type { Route } from '../../app/route';
import { money } from '../handover/format';

export interface HomeItem {
  id: string;
  /** The figure, already in words where a number would say nothing (a shift, a state). */
  value: string;
  label: MessageKey;
  route: Route;
  /** Something needs doing: the card is drawn in the warning colour. */
  attention: boolean;
  /** A second line under the label, where the figure needs its context (the settings card). */
  detail?: string;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A figure main left out belongs to a module this site does not use: no card. */
const n = (
  id: string,
  count: number | undefined,
  label: MessageKey,
  route: Route,
  warnAbove = -1,
): HomeItem | null =>
  count === undefined
    ? null
    : { id, value: String(count), label, route, attention: warnAbove >= 0 && count > warnAbove };

export function homeItems(s: HomeSummary, t: T): HomeItem[] {
  return itemsOf(s, t).filter((i): i is HomeItem => i !== null);
}

/** 站点类型 and its modules, the site and the idle lock: the admin's view of the settings. */
function settingsItem(s: Extract<HomeSummary, { role: 'admin' }>['settings'], t: T): HomeItem {
  return {
    id: 'settings',
    value: t(`modules.profile.${s.siteProfile}`),
    detail: t('home.settings.detail', {
      count: s.modules.length,
      site: s.siteName,
      minutes: s.idleLockMinutes,
    }),
    label: 'home.item.settings',
    route: 'settings',
    attention: false,
  };
}

/** 今日回访: calls to make, with the overdue and the made ones under it. */
function callsTodayItem(c: CallsToday | undefined, t: T): HomeItem | null {
  if (!c) return null;
  return {
    id: 'callsToday',
    value: String(c.open),
    label: 'home.item.callsToday',
    route: 'followups',
    attention: c.open > 0,
    detail: t('home.callsToday.detail', { overdue: c.overdue, done: c.done }),
  };
}

function itemsOf(s: HomeSummary, t: T): (HomeItem | null)[] {
  switch (s.role) {
    case 'receptionist':
      return [
        n('onSite', s.onSite, 'home.item.onSite', 'onsite'),
        n('tagsOut', s.tagsOut, 'home.item.tagsOut', 'desk'),
        n('visitorsWaiting', s.visitorsWaiting, 'home.item.visitorsWaiting', 'desk', 0),
        n('queueWaiting', s.queueWaiting, 'home.item.queueWaiting', 'queue', 0),
        n('unreadNotes', s.unreadNotes, 'home.item.unreadNotes', 'desk', 0),
        n('followUps', s.followUpsOpen, 'home.item.followUpsOpen', 'shift', 0),
        n('callBacks', s.callBacksOpen, 'home.item.callBacks', 'callbacks', 0),
        callsTodayItem(s.callsToday, t),
      ];
    case 'consultant':
      return [
        n('callBacks', s.callBacksOpen, 'home.item.callBacks', 'callbacks', 0),
        callsTodayItem(s.callsToday, t),
        n('myVisitors', s.myVisitorsWaiting, 'home.item.myVisitorsWaiting', 'desk', 0),
        n('myTrials', s.myTrialsToday, 'home.item.myTrialsToday', 'desk'),
        s.rotation === undefined
          ? null
          : {
              id: 'rotation',
              value: s.rotation
                ? t('home.rotation.place', {
                    rank: s.rotation.rank,
                    status: t(`deskui.rotation.status.${s.rotation.status}`),
                  })
                : t('home.rotation.none'),
              label: s.rotation?.isNext ? 'home.item.rotationNext' : 'home.item.rotation',
              route: 'desk',
              attention: s.rotation?.isNext ?? false,
            },
      ];
    case 'dutyManager':
      return [
        {
          id: 'shift',
          value: s.shift
            ? `${s.shift.name} · ${t(`shift.status.${s.shift.status}`)}`
            : t('home.shift.none'),
          label: 'home.item.shift',
          route: 'shift',
          attention: s.shift === null,
        },
        n('overrides', s.overridesToday, 'home.item.overridesToday', 'handovers'),
        n('voids', s.voidsToday, 'home.item.voidsToday', 'handovers'),
        {
          id: 'cash',
          value: money(s.cashTakenCents),
          label: 'home.item.cashTaken',
          route: 'handovers',
          attention: false,
        },
        n('followUps', s.followUpsOpen, 'home.item.followUpsOpen', 'shift', 0),
      ];
    case 'supervisor':
      return [
        n('approvals', s.approvalsWaiting, 'home.item.approvalsWaiting', 'approvals', 0),
        n('flagged', s.flaggedHandovers, 'home.item.flaggedHandovers', 'handovers', 0),
        n('followUps', s.followUpsOverdue, 'home.item.followUpsOverdue', 'handovers', 0),
        n('reviews', s.reviewsOverdue, 'home.item.reviewsOverdue', 'reviews', 0),
      ];
    case 'admin':
      return [
        n('lockedOut', s.staffLockedOut, 'home.item.staffLockedOut', 'staff', 0),
        {
          id: 'backup',
          value:
            s.backup.lastGoodAt === null
              ? t('home.backup.none')
              : s.backup.warnings > 0
                ? t('home.backup.warnings', { count: s.backup.warnings })
                : t('home.backup.ok'),
          label: 'home.item.backup',
          route: 'backups',
          attention: s.backup.lastGoodAt === null || s.backup.warnings > 0,
        },
        {
          id: 'integrity',
          value:
            s.integrityOk === null
              ? t('home.integrity.unknown')
              : s.integrityOk
                ? t('home.integrity.ok')
                : t('home.integrity.broken'),
          label: 'home.item.integrity',
          route: 'audit',
          attention: s.integrityOk === false,
        },
        settingsItem(s.settings, t),
      ];
  }
}
