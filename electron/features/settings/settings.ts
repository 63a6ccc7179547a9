import { PROFILE_MODULES } from '../../../shared/domain/modules';
import { readSettings, writeSettings } from './settingsQueries';
import type { Handlers } from '../../ipc/handler';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, input) => {
    const before = readSettings(ctx.db);
    // Choosing a profile switches on its default modules unless the admin sent a set.
    const patch =
      input.siteProfile && !input.modules
        ? { ...input, modules: [...PROFILE_MODULES[input.siteProfile]] }
        : input;
    const after = writeSettings(ctx.db, patch);
    const changed = Object.fromEntries(
      Object.keys(patch).map((k) => {
        const key = k as keyof typeof before;
        return [key, { from: before[key], to: after[key] }];
      }),
    );
    ctx.audit.targetType = 'settings';
    ctx.audit.detail = { changed };
    return after;
  },
};
