CREATE TABLE "invite_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"suggested_by_id" uuid NOT NULL,
	"invitee_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"invite_id" uuid,
	CONSTRAINT "invite_suggestions_decision_check" CHECK (("invite_suggestions"."decision" is null and "invite_suggestions"."decided_at" is null) or ("invite_suggestions"."decision" in ('approved', 'declined', 'withdrawn') and "invite_suggestions"."decided_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "sign_up_refusals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"invite_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"address" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "invitee_name" text;--> statement-breakpoint
ALTER TABLE "care_events" ADD COLUMN "imported_actor_name" text;--> statement-breakpoint
ALTER TABLE "care_events" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "imported_author_name" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invite_suggestions" ADD CONSTRAINT "invite_suggestions_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invite_suggestions" ADD CONSTRAINT "invite_suggestions_suggested_by_id_users_id_fk" FOREIGN KEY ("suggested_by_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invite_suggestions" ADD CONSTRAINT "invite_suggestions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invite_suggestions" ADD CONSTRAINT "invite_suggestions_invite_id_invites_id_fk" FOREIGN KEY ("invite_id") REFERENCES "public"."invites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_up_refusals" ADD CONSTRAINT "sign_up_refusals_invite_id_invites_id_fk" FOREIGN KEY ("invite_id") REFERENCES "public"."invites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invite_suggestions_family_idx" ON "invite_suggestions" USING btree ("family_id","created_at");--> statement-breakpoint
CREATE INDEX "invite_suggestions_suggested_by_idx" ON "invite_suggestions" USING btree ("suggested_by_id");--> statement-breakpoint
CREATE INDEX "sign_up_refusals_token_at_idx" ON "sign_up_refusals" USING btree ("token_hash","at");--> statement-breakpoint
CREATE INDEX "sign_up_refusals_invite_idx" ON "sign_up_refusals" USING btree ("invite_id");--> statement-breakpoint
CREATE INDEX "sign_up_refusals_address_at_idx" ON "sign_up_refusals" USING btree ("address","at");--> statement-breakpoint
ALTER TABLE "care_events" ADD CONSTRAINT "care_events_imported_together" CHECK (("care_events"."imported_actor_name" is null) = ("care_events"."imported_at" is null));--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_imported_together" CHECK (("messages"."imported_author_name" is null) = ("messages"."imported_at" is null));--> statement-breakpoint
-- The append-only rule of care_events (0012) covers the imported columns too: removing a user
-- still only forgets who acted, and nothing else of an event may change.
CREATE OR REPLACE FUNCTION care_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    IF TG_OP = 'DELETE' THEN
      IF OLD.family_id::text = current_setting('clarity.purging_family', true) THEN
        RETURN OLD;
      END IF;
    ELSIF TG_OP = 'UPDATE' THEN
      IF NEW.actor_id IS NULL
         AND (NEW.id, NEW.family_id, NEW.at, NEW.action, NEW.subject_type, NEW.subject_id, NEW.subject, NEW.changes, NEW.imported_actor_name, NEW.imported_at)
             IS NOT DISTINCT FROM (OLD.id, OLD.family_id, OLD.at, OLD.action, OLD.subject_type, OLD.subject_id, OLD.subject, OLD.changes, OLD.imported_actor_name, OLD.imported_at) THEN
        RETURN NEW;
      END IF;
    END IF;
  END IF;
  RAISE EXCEPTION 'care_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
