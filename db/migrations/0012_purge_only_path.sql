-- Removing a family's record is the one exception to "append-only": the purge (purge_family below,
-- called by lib/families/purge.ts) marks its own transaction with clarity.purging_family, and the
-- triggers of care_events and audit_log let through exactly that family's rows, nothing else.
-- A plain DELETE of a family with care history, or any edit of the audit log, is still refused.
CREATE OR REPLACE FUNCTION care_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    IF TG_OP = 'DELETE' THEN
      IF OLD.family_id::text = current_setting('clarity.purging_family', true) THEN
        RETURN OLD;
      END IF;
    ELSIF TG_OP = 'UPDATE' THEN
      -- Removing a user only forgets who acted.
      IF NEW.actor_id IS NULL
         AND (NEW.id, NEW.family_id, NEW.at, NEW.action, NEW.subject_type, NEW.subject_id, NEW.subject, NEW.changes)
             IS NOT DISTINCT FROM (OLD.id, OLD.family_id, OLD.at, OLD.action, OLD.subject_type, OLD.subject_id, OLD.subject, OLD.changes) THEN
        RETURN NEW;
      END IF;
    END IF;
  END IF;
  RAISE EXCEPTION 'care_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
-- The audit rows of a purged family stay (who did what to which id, when, with what outcome) but
-- lose their details: the only change allowed is details to NULL, during that family's purge.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.family_id IS NOT NULL
       AND OLD.family_id::text = current_setting('clarity.purging_family', true)
       AND NEW.details IS NULL
       AND (NEW.id, NEW.at, NEW.actor_id, NEW.action, NEW.target_type, NEW.target_id, NEW.family_id, NEW.outcome)
           IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.action, OLD.target_type, OLD.target_id, OLD.family_id, OLD.outcome) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
-- Removes one family scheduled for deletion, everything that hangs off it going by the foreign
-- keys' ON DELETE CASCADE, and strips its audit rows to ids. The caller holds the family's row
-- lock and runs this in its own transaction, so a family goes entirely or not at all.
-- A family that was never scheduled for deletion is refused, and nothing is changed.
CREATE FUNCTION purge_family(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  removed integer;
BEGIN
  PERFORM set_config('clarity.purging_family', target::text, true);
  UPDATE audit_log SET details = NULL WHERE family_id = target AND details IS NOT NULL;
  DELETE FROM families WHERE id = target AND deletion_due_at IS NOT NULL;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('clarity.purging_family', '', true);
  IF removed = 0 THEN
    RAISE EXCEPTION 'family % is not scheduled for deletion', target USING ERRCODE = 'no_data_found';
  END IF;
END;
$$;
