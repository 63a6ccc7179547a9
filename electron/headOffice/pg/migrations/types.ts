/** One PostgreSQL schema step; `version` is consecutive from 1 and recorded in schema_version. */
export interface PgMigration {
  version: number;
  name: string;
  /** Plain SQL, run as the database owner (the superuser running setup) inside the migration's transaction. */
  sql: string;
}
