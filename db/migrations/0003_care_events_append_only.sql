-- Care history is append-only: the timeline and the history page must be able to show again what
-- a family saw on a given day. Foreign-key actions run one trigger level down, and two of them are
-- allowed: removing a whole family deletes its events, and removing a user only forgets who acted.
CREATE FUNCTION care_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.actor_id IS NULL
       AND (NEW.id, NEW.family_id, NEW.at, NEW.action, NEW.subject_type, NEW.subject_id, NEW.subject, NEW.changes)
           IS NOT DISTINCT FROM (OLD.id, OLD.family_id, OLD.at, OLD.action, OLD.subject_type, OLD.subject_id, OLD.subject, OLD.changes) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'care_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER care_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON care_events
  FOR EACH ROW EXECUTE FUNCTION care_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER care_events_no_truncate
  BEFORE TRUNCATE ON care_events
  FOR EACH STATEMENT EXECUTE FUNCTION care_events_refuse_change();
