import { MODULES } from '../../../shared/domain/modules';
import type { Migration } from './types';

/**
 * Site profiles (issue 11): a vault made before them used every module, so it keeps them all,
 * as a gym. A new vault (no staff yet: setup runs after migrating) is left to the defaults
 * and to the profile its setup chooses. Settings are key/value rows, so no table changes.
 */
export const siteProfile: Migration = {
  version: 12,
  name: 'site_profile',
  up(db) {
    const existing = db.prepare('SELECT 1 FROM staff LIMIT 1').get() !== undefined;
    if (!existing) return;
    const put = db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)');
    put.run('siteProfile', JSON.stringify('gym'));
    put.run('modules', JSON.stringify(MODULES));
  },
};
