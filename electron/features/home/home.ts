import type { HomeSummary } from '../../../shared/contract/homeViews';
import type { Module } from '../../../shared/domain/modules';
import type { Role } from '../../../shared/domain/roles';
import { Denied } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { today, type ServiceContext } from '../../ipc/context';
import { backupHandlers } from '../backups';
import { deskCheckInHandlers, deskTagHandlers } from '../desk';
import { myCallsToday } from '../followUps';
import { handoverHome } from '../handover';
import { integrityHandlers } from '../integrity';
import { destructionHandlers, exportHandlers, reviewHandlers } from '../oversight';
import { queueHandlers } from '../queue';
import {
  consultantDay,
  messageHandlers,
  openCallBacks,
  rotationHandlers,
  visitorHandlers,
} from '../reception';
import { modulesInUse, readSettings } from '../settings';
import { currentShiftRow } from '../shifts';
import { staffHandlers } from '../staff';

/** The features' own reads answer; a refusal there would be a bug here, so it is thrown. */
function read<T>(value: T | Denied): T {
  if (value instanceof Denied) throw new Error('home.summary: a feature read was refused');
  return value;
}

/** The figures of a module the site uses; an empty object (left out) for one it does not. */
function ifOn<T extends object>(ctx: ServiceContext, module: Module, figures: () => T): Partial<T> {
  return modulesInUse(ctx.db).includes(module) ? figures() : {};
}

/** Approvals (exports and destructions) and reviews: all about client files. */
function clientFileFigures(ctx: ServiceContext) {
  const exportsWaiting = read(exportHandlers['exports.list'](ctx, undefined)).filter(
    (e) => e.status === 'pending',
  ).length;
  const destructionsWaiting = read(destructionHandlers['destruction.list'](ctx, undefined)).filter(
    (d) => d.status === 'pending',
  ).length;
  return {
    approvalsWaiting: exportsWaiting + destructionsWaiting,
    reviewsOverdue: read(reviewHandlers['reviews.due'](ctx, undefined)).filter((r) => r.overdue)
      .length,
  };
}

/** One builder per role: each reads only what that role's page shows. */
const BUILDERS: { [R in Role]: (ctx: ServiceContext) => Extract<HomeSummary, { role: R }> } = {
  receptionist: (ctx) => ({
    role: 'receptionist',
    ...ifOn(ctx, 'handTags', () => ({
      onSite: read(deskCheckInHandlers['desk.onSite'](ctx, undefined)).length,
      tagsOut: read(deskTagHandlers['desk.tagsOut'](ctx, undefined)).length,
    })),
    ...ifOn(ctx, 'visitors', () => ({
      visitorsWaiting: read(visitorHandlers['visitors.waiting'](ctx, undefined)).visitors.length,
    })),
    ...ifOn(ctx, 'queue', () => ({
      queueWaiting: read(queueHandlers['queue.list'](ctx, undefined)).tickets.filter(
        (t) => t.status === 'waiting',
      ).length,
    })),
    unreadNotes: read(messageHandlers['messages.list'](ctx, undefined)).filter(
      (m) => m.readAt === null,
    ).length,
    followUpsOpen: handoverHome(ctx.db, ctx.now).followUpsOpen,
    callBacksOpen: openCallBacks(ctx),
    callsToday: myCallsToday(ctx),
  }),
  consultant: (ctx) => {
    const me = ctx.session!.staffId;
    return {
      role: 'consultant',
      callBacksOpen: openCallBacks(ctx),
      callsToday: myCallsToday(ctx),
      ...ifOn(ctx, 'visitors', () => {
        const mine = consultantDay(ctx.db, me, today(ctx));
        return { myVisitorsWaiting: mine.waiting, myTrialsToday: mine.trials };
      }),
      ...ifOn(ctx, 'consultants', () => {
        const entry = read(rotationHandlers['rotation.today'](ctx, undefined)).consultants.find(
          (c) => c.staffId === me,
        );
        return {
          rotation: entry ? { rank: entry.rank, status: entry.status, isNext: entry.isNext } : null,
        };
      }),
    };
  },
  dutyManager: (ctx) => {
    const h = handoverHome(ctx.db, ctx.now);
    const shift = currentShiftRow(ctx.db);
    return {
      role: 'dutyManager',
      shift: shift ? { name: shift.name, status: shift.status } : null,
      ...ifOn(ctx, 'handTags', () => ({
        overridesToday: h.overridesToday,
        voidsToday: h.voidsToday,
      })),
      cashTakenCents: h.now.cashTakenCents,
      followUpsOpen: h.followUpsOpen,
    };
  },
  supervisor: (ctx) => {
    const h = handoverHome(ctx.db, ctx.now);
    return {
      role: 'supervisor',
      flaggedHandovers: h.flaggedHandovers,
      followUpsOverdue: h.followUpsOverdue,
      ...ifOn(ctx, 'clientFiles', () => clientFileFigures(ctx)),
    };
  },
  admin: (ctx) => {
    const backups = read(backupHandlers['backups.status'](ctx, undefined));
    const integrity = read(integrityHandlers['integrity.status'](ctx, undefined));
    const full = integrity.lastFull;
    const settings = readSettings(ctx.db);
    return {
      role: 'admin',
      staffLockedOut: read(staffHandlers['staff.list'](ctx, undefined)).filter(
        (s) => s.active && s.lockedUntil !== null && s.lockedUntil > ctx.now,
      ).length,
      backup: { lastGoodAt: backups.lastGoodAt, warnings: backups.warnings.length },
      integrityOk:
        integrity.atOpen?.auditIntact === false
          ? false
          : full
            ? full.storageOk && full.auditIntact && !full.unfinished
            : null,
      settings: {
        siteName: settings.siteName,
        siteProfile: settings.siteProfile,
        modules: settings.modules,
        idleLockMinutes: settings.idleLockMinutes,
      },
    };
  },
};

export const homeHandlers: Pick<Handlers, 'home.summary'> = {
  // The role is the session's, never the window's: main decides what each page may carry.
  'home.summary': (ctx) => BUILDERS[ctx.session!.role](ctx),
};
