import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The SQLite module compiled for Electron's ABI lives apart from the Node build the tests
 * load (scripts/electron-native.ts puts it there), so neither overwrites the other.
 */
export function electronNativeBinding(appRoot: string, resourcesPath: string): string | undefined {
  const candidates = [
    join(resourcesPath, 'native', 'better_sqlite3.node'),
    join(appRoot, '.electron-native', 'better_sqlite3.node'),
  ];
  return candidates.find((p) => existsSync(p));
}
