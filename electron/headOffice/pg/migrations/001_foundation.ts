import type { PgMigration } from './types';

/**
 * Head office's store (issue 15). Branches insert their signed bundles and nothing else:
 * INSERT only, through a row-level policy that pins site_id to the branch's own login role.
 * Nobody but the owner may UPDATE, DELETE or TRUNCATE bundles, so a pushed bundle is a
 * copy the branch itself can no longer rewrite.
 */
export const foundation: PgMigration = {
  version: 1,
  name: 'foundation',
  sql: `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'deskbook_ho') THEN
    CREATE ROLE deskbook_ho NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'deskbook_branch') THEN
    CREATE ROLE deskbook_branch NOLOGIN;
  END IF;
END
$$;

REVOKE ALL ON schema_version FROM PUBLIC;
GRANT SELECT ON schema_version TO deskbook_ho, deskbook_branch;

CREATE TABLE branches (
  site_id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  public_key_pem text NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  role_name name NOT NULL UNIQUE
);

CREATE TABLE bundles (
  site_id uuid NOT NULL REFERENCES branches (site_id),
  seq bigint NOT NULL CHECK (seq >= 1),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  kind text NOT NULL
    CHECK (kind IN ('handover', 'dayFigures', 'complaint', 'incident', 'auditHead', 'backupStatus')),
  business_date date,
  created_at bigint NOT NULL,
  body jsonb NOT NULL,
  signature text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, seq),
  UNIQUE (site_id, seq, hash)
);
CREATE INDEX bundles_kind_date ON bundles (kind, business_date);
CREATE INDEX bundles_site_kind_date ON bundles (site_id, kind, business_date);

-- What verifyBranch found wrong, per branch; a gap is one row from seq to until_seq.
CREATE TABLE bundle_problems (
  site_id uuid NOT NULL REFERENCES branches (site_id),
  seq bigint NOT NULL,
  problem text NOT NULL CHECK (problem IN ('gap', 'hash', 'signature')),
  until_seq bigint,
  found_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, seq, problem)
);

REVOKE ALL ON branches, bundles, bundle_problems FROM PUBLIC;
GRANT SELECT ON branches, bundles TO deskbook_ho;
GRANT SELECT, INSERT, DELETE ON bundle_problems TO deskbook_ho;
GRANT INSERT ON bundles TO deskbook_branch;
-- ON CONFLICT (site_id, seq, hash) needs SELECT on its columns; the policy below limits it
-- to the branch's own rows, which also lets a branch see what head office already holds.
GRANT SELECT (site_id, seq, hash) ON bundles TO deskbook_branch;

-- The site a login role may write for. SECURITY DEFINER so branches need no read access
-- to the branches table (names and keys of the whole chain).
CREATE FUNCTION deskbook_site_of(role_name name) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $f$ SELECT site_id FROM public.branches WHERE branches.role_name = $1 $f$;
REVOKE ALL ON FUNCTION deskbook_site_of(name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION deskbook_site_of(name) TO deskbook_branch;

ALTER TABLE bundles ENABLE ROW LEVEL SECURITY;
CREATE POLICY head_office_reads ON bundles FOR SELECT TO deskbook_ho USING (true);
CREATE POLICY branch_sees_own ON bundles FOR SELECT TO deskbook_branch
  USING (site_id = deskbook_site_of(current_user));
CREATE POLICY branch_inserts_own ON bundles FOR INSERT TO deskbook_branch
  WITH CHECK (site_id = deskbook_site_of(current_user));

-- Enrolment without giving head office CREATEROLE (which before PostgreSQL 16 could grant
-- itself pg_execute_server_program): this one function makes exactly a branch role.
CREATE FUNCTION deskbook_enrol_branch(p_site uuid, p_name text, p_key text, p_password text)
  RETURNS name
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $f$
DECLARE
  r name := 'branch_' || replace(p_site::text, '-', '');
BEGIN
  INSERT INTO public.branches (site_id, name, public_key_pem, role_name)
    VALUES (p_site, p_name, p_key, r);
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE deskbook_branch', r, p_password);
  RETURN r;
END
$f$;
REVOKE ALL ON FUNCTION deskbook_enrol_branch(uuid, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION deskbook_enrol_branch(uuid, text, text, text) TO deskbook_ho;
`,
};
