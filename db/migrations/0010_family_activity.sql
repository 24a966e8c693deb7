ALTER TABLE "families" ADD COLUMN "last_family_activity_at" timestamp with time zone;--> statement-breakpoint
-- Statement-level, like the care version: one UPDATE per statement whatever the number of rows.
-- Only what a member of the family did counts; coaches' messages and changes do not.
CREATE FUNCTION families_note_member_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE families f SET last_family_activity_at = greatest(f.last_family_activity_at, latest.at)
  FROM (
    SELECT (r ->> 'family_id')::uuid AS family_id, max((r ->> TG_ARGV[1])::timestamptz) AS at
    FROM (SELECT to_jsonb(n) AS r FROM new_rows n) AS changed
    WHERE EXISTS (SELECT 1 FROM family_members m WHERE m.family_id = (r ->> 'family_id')::uuid AND m.user_id = (r ->> TG_ARGV[0])::uuid)
    GROUP BY 1
  ) AS latest
  WHERE f.id = latest.family_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER messages_member_activity AFTER INSERT ON messages REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION families_note_member_activity('author_id', 'created_at');
--> statement-breakpoint
CREATE TRIGGER care_events_member_activity AFTER INSERT ON care_events REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION families_note_member_activity('actor_id', 'at');
--> statement-breakpoint
UPDATE families f SET last_family_activity_at = (
  SELECT max(at) FROM (
    SELECT m.created_at AS at FROM messages m JOIN family_members fm ON fm.family_id = m.family_id AND fm.user_id = m.author_id WHERE m.family_id = f.id
    UNION ALL
    SELECT e.at FROM care_events e JOIN family_members fm ON fm.family_id = e.family_id AND fm.user_id = e.actor_id WHERE e.family_id = f.id
  ) AS activity
);
