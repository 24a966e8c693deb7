CREATE TABLE "document_children" (
	"document_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	CONSTRAINT "document_children_document_id_child_id_pk" PRIMARY KEY("document_id","child_id")
);
--> statement-breakpoint
CREATE TABLE "document_citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"page" integer,
	"quote" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_citations_page_range" CHECK ("document_citations"."page" is null or "document_citations"."page" between 1 and 100000),
	CONSTRAINT "document_citations_quote_length" CHECK ("document_citations"."quote" is null or char_length("document_citations"."quote") <= 500)
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"file_name" text NOT NULL,
	"document_date" date,
	"provider_id" uuid,
	"request_id" uuid,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_title_length" CHECK (char_length("documents"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "message_attachments" (
	"message_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "message_attachments_message_id_document_id_pk" PRIMARY KEY("message_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "stored_file_chunks" (
	"file_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "stored_file_chunks_file_id_seq_pk" PRIMARY KEY("file_id","seq")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_children" ADD CONSTRAINT "document_children_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_children" ADD CONSTRAINT "document_children_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_citations" ADD CONSTRAINT "document_citations_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_citations" ADD CONSTRAINT "document_citations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_citations" ADD CONSTRAINT "document_citations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_file_chunks" ADD CONSTRAINT "stored_file_chunks_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_children_child_idx" ON "document_children" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "document_citations_family_idx" ON "document_citations" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "document_citations_subject_idx" ON "document_citations" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "document_citations_document_idx" ON "document_citations" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "documents_family_idx" ON "documents" USING btree ("family_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_file_key" ON "documents" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "documents_provider_idx" ON "documents" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "message_attachments_document_idx" ON "message_attachments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "stored_files_family_idx" ON "stored_files" USING btree ("family_id");--> statement-breakpoint
-- A citation names its subject by type and id, so that anything may be cited (a request too, once
-- requests exist) and no foreign key removes it with its subject: these triggers do, whatever path
-- deletes the provider, the need, the marked service or the child whose gaps were cited.
CREATE FUNCTION document_citations_forget_subjects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM document_citations c USING old_rows o
  WHERE c.subject_type = TG_ARGV[0] AND c.subject_id = o.id::text;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER providers_forget_citations AFTER DELETE ON providers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION document_citations_forget_subjects('provider');
--> statement-breakpoint
CREATE TRIGGER child_needs_forget_citations AFTER DELETE ON child_needs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION document_citations_forget_subjects('need');
--> statement-breakpoint
CREATE TRIGGER needed_services_forget_citations AFTER DELETE ON needed_services REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION document_citations_forget_subjects('needed-service');
--> statement-breakpoint
-- A gap is a child's service ("<childId>:<serviceId>"): its citations go with the child.
CREATE FUNCTION document_citations_forget_child_gaps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM document_citations c USING old_rows o
  WHERE c.subject_type = 'gap' AND c.family_id = o.family_id AND c.subject_id LIKE o.id::text || ':%';
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER children_forget_gap_citations AFTER DELETE ON children REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION document_citations_forget_child_gaps();
--> statement-breakpoint
-- A parent adding a paper is the family's own activity, as a message is (migration 0010).
CREATE TRIGGER documents_member_activity AFTER INSERT ON documents REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION families_note_member_activity('uploaded_by_id', 'uploaded_at');
