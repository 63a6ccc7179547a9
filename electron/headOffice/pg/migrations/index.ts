import { foundation } from './001_foundation';
import { importBundle } from './002_import_bundle';
import { boardIndex } from './003_board_index';
import { branchChecks } from './004_branch_checks';
import type { PgMigration } from './types';

/**
 * Every head-office schema change, in order (like electron/db/migrations). Never edit an
 * entry that has shipped; add the next one.
 */
export const pgMigrations: readonly PgMigration[] = [
  foundation,
  importBundle,
  boardIndex,
  branchChecks,
];

export const PG_LATEST_VERSION = pgMigrations.length;
