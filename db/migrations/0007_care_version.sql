ALTER TABLE "families" ADD COLUMN "care_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- families.care_version moves whenever a family's care records change, by any path (the app,
-- a seed, an import), so whatever is computed from those records can be cached against it.
-- Statement-level: one UPDATE per statement whatever the number of rows, so bulk loads stay fast.
-- A changed row names its family directly (children, providers) or through its child or provider.
CREATE FUNCTION families_bump_care_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(to_jsonb(n)) INTO changed FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(to_jsonb(o)) INTO changed FROM old_rows o;
  ELSE
    SELECT array_agg(r) INTO changed FROM (SELECT to_jsonb(n) AS r FROM new_rows n UNION ALL SELECT to_jsonb(o) FROM old_rows o) AS both_sides;
  END IF;
  UPDATE families SET care_version = care_version + 1 WHERE id IN (
    SELECT (r ->> 'family_id')::uuid FROM unnest(changed) AS r WHERE r ? 'family_id'
    UNION SELECT c.family_id FROM children c JOIN unnest(changed) AS r ON c.id = (r ->> 'child_id')::uuid
    UNION SELECT p.family_id FROM providers p JOIN unnest(changed) AS r ON p.id = (r ->> 'provider_id')::uuid
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['children', 'child_needs', 'needed_services', 'providers', 'provider_children'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION families_bump_care_version()', t || '_care_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION families_bump_care_version()', t || '_care_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION families_bump_care_version()', t || '_care_version_delete', t);
  END LOOP;
END;
$$;
