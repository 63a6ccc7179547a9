import { useSettingsStore } from '../features/settings/store';

/**
 * Whether this PC is a head office (its profile, from settings). Until settings are read it
 * counts as a branch: main answers by the profile it holds whatever the screen asked.
 */
export const useHeadOffice = (): boolean =>
  useSettingsStore((s) => s.settings?.siteProfile === 'headOffice');
