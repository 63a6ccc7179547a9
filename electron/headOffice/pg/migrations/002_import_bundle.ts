import type { PgMigration } from './types';

/**
 * The offline file (issue 15): head office imports a branch's sealed bundle file itself, as
 * deskbook_ho, which may not INSERT into bundles. This one function, owned by the schema
 * owner, stores exactly one bundle row as a push would (the same columns, ON CONFLICT
 * (site_id, seq, hash) DO NOTHING, the same seq with another hash a unique violation) and
 * only for a registered site. The signature is checked by the importer before calling it.
 */
export const importBundle: PgMigration = {
  version: 2,
  name: 'import_bundle',
  sql: `
CREATE FUNCTION import_bundle(
  p_site uuid, p_seq bigint, p_hash text, p_kind text, p_business_date date,
  p_created_at bigint, p_body jsonb, p_signature text
) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $f$
DECLARE
  n integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM public.branches WHERE site_id = p_site) THEN
    RAISE EXCEPTION 'site % is not enrolled', p_site USING ERRCODE = 'foreign_key_violation';
  END IF;
  INSERT INTO public.bundles
      (site_id, seq, hash, kind, business_date, created_at, body, signature)
    VALUES (p_site, p_seq, p_hash, p_kind, p_business_date, p_created_at, p_body, p_signature)
    ON CONFLICT (site_id, seq, hash) DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n = 1;
END
$f$;
REVOKE ALL ON FUNCTION import_bundle(uuid, bigint, text, text, date, bigint, jsonb, text)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION import_bundle(uuid, bigint, text, text, date, bigint, jsonb, text)
  TO deskbook_ho;
`,
};
