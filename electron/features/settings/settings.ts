import { readSettings, writeSettings } from './settingsQueries';
import type { Handlers } from '../../ipc/handler';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, input) => {
    const before = readSettings(ctx.db);
    const after = writeSettings(ctx.db, input);
    const changed = Object.fromEntries(
      Object.keys(input).map((k) => {
        const key = k as keyof typeof before;
        return [key, { from: before[key], to: after[key] }];
      }),
    );
    ctx.audit.targetType = 'settings';
    ctx.audit.detail = { changed };
    return after;
  },
};
