-- Care history is append-only: the timeline and the history page must be able to show again what
-- a family saw on a given day. Only removing a whole family (the foreign-key cascade, which runs
-- one trigger level down) may delete its events.
CREATE FUNCTION care_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
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
