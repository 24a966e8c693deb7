CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"template" text NOT NULL,
	"locale" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"service_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"provider_id" uuid,
	"request_id" uuid,
	"recipient_name" text NOT NULL,
	"recipient_organization" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_children" (
	"request_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	CONSTRAINT "request_children_request_id_child_id_pk" PRIMARY KEY("request_id","child_id")
);
--> statement-breakpoint
CREATE TABLE "request_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"on" date NOT NULL,
	"note" text NOT NULL,
	"status" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_updates_note_length" CHECK (char_length("request_updates"."note") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"to_name" text NOT NULL,
	"to_organization" text,
	"to_role" text,
	"service_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"provider_id" uuid,
	"letter_id" uuid,
	"asked_on" date NOT NULL,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"due_on" date NOT NULL,
	"due_rule" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_due_not_before_asked" CHECK ("requests"."due_on" >= "requests"."asked_on"),
	CONSTRAINT "requests_summary_length" CHECK (char_length("requests"."summary") between 1 and 2000),
	CONSTRAINT "requests_to_name_length" CHECK (char_length("requests"."to_name") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_children" ADD CONSTRAINT "request_children_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_children" ADD CONSTRAINT "request_children_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_updates" ADD CONSTRAINT "request_updates_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_updates" ADD CONSTRAINT "request_updates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letters_family_idx" ON "letters" USING btree ("family_id","created_at");--> statement-breakpoint
CREATE INDEX "letters_child_idx" ON "letters" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "letters_request_idx" ON "letters" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "letters_provider_idx" ON "letters" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "request_children_child_idx" ON "request_children" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "request_updates_request_idx" ON "request_updates" USING btree ("request_id","on","created_at");--> statement-breakpoint
CREATE INDEX "requests_family_idx" ON "requests" USING btree ("family_id","asked_on");--> statement-breakpoint
CREATE INDEX "requests_open_due_idx" ON "requests" USING btree ("family_id","due_on") WHERE "requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "requests_letter_idx" ON "requests" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "requests_provider_idx" ON "requests" USING btree ("provider_id");--> statement-breakpoint
-- Until now no request existed and the API refused a document's request id, so none can be set;
-- clearing is only a guard so that the reference below can always be added.
UPDATE "documents" SET "request_id" = NULL WHERE "request_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A request may be cited as evidence as anything else may (migration 0017): its citations go with it.
CREATE TRIGGER requests_forget_citations AFTER DELETE ON requests REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION document_citations_forget_subjects('request');
--> statement-breakpoint
-- A family's open requests are shown beside its gaps and in "what to do first", and kept with the
-- engine's answers per care version (lib/care-team/gap-requests.ts): a change to a request moves
-- the care version as a change to the care records does (migration 0007's trigger function).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['requests', 'request_children'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION families_bump_care_version()', t || '_care_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION families_bump_care_version()', t || '_care_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION families_bump_care_version()', t || '_care_version_delete', t);
  END LOOP;
END;
$$;
