import { PROFILE_MODULES } from '../../../shared/domain/modules';
import { readSettings, writeSettings } from './settingsQueries';
import type { Handlers } from '../../ipc/handler';
import { validation } from '../../ipc/errors';
import type { SiteProfile } from '../../../shared/domain/modules';

/**
 * A head office keeps no desk and a branch's vault holds a desk's records, so neither becomes
 * the other by a setting: the profile headOffice is chosen when the vault is made. At a head
 * office no desk module may be switched on either.
 */
function refuseHeadOfficeSwitch(
  current: SiteProfile,
  input: { siteProfile?: SiteProfile | undefined; modules?: readonly string[] | undefined },
): void {
  const wasOffice = current === 'headOffice';
  if (input.siteProfile && (input.siteProfile === 'headOffice') !== wasOffice)
    throw validation({ siteProfile: 'headOfficeAtSetup' });
  if (wasOffice && input.modules && input.modules.length > 0)
    throw validation({ modules: 'headOffice' });
}

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, input) => {
    const before = readSettings(ctx.db);
    refuseHeadOfficeSwitch(before.siteProfile, input);
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
