CREATE TABLE "care_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"family_id" uuid NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject" jsonb NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"need_id" text NOT NULL,
	"identified_on" date NOT NULL,
	"resolved_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "child_needs_resolved_after_identified" CHECK ("child_needs"."resolved_on" is null or "child_needs"."resolved_on" >= "child_needs"."identified_on")
);
--> statement-breakpoint
CREATE TABLE "children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"name" text NOT NULL,
	"birth_year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needed_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"marked_on" date NOT NULL,
	"cleared_on" date,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needed_services_cleared_after_marked" CHECK ("needed_services"."cleared_on" is null or "needed_services"."cleared_on" >= "needed_services"."marked_on")
);
--> statement-breakpoint
CREATE TABLE "provider_children" (
	"provider_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	CONSTRAINT "provider_children_provider_id_child_id_pk" PRIMARY KEY("provider_id","child_id")
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"name" text NOT NULL,
	"agency" text,
	"stated_title" text NOT NULL,
	"credential_id" text NOT NULL,
	"license_number" text,
	"license_state" text,
	"trained_in" text[] DEFAULT '{}'::text[] NOT NULL,
	"services_delivered" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"contact" text,
	"notes" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "providers_end_after_start" CHECK ("providers"."end_on" is null or "providers"."end_on" >= "providers"."start_on")
);
--> statement-breakpoint
ALTER TABLE "care_events" ADD CONSTRAINT "care_events_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_events" ADD CONSTRAINT "care_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_needs" ADD CONSTRAINT "child_needs_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needed_services" ADD CONSTRAINT "needed_services_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_children" ADD CONSTRAINT "provider_children_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_children" ADD CONSTRAINT "provider_children_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_events_family_at_idx" ON "care_events" USING btree ("family_id","at");--> statement-breakpoint
CREATE INDEX "child_needs_child_idx" ON "child_needs" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "children_family_idx" ON "children" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "needed_services_child_idx" ON "needed_services" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "provider_children_child_idx" ON "provider_children" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "providers_family_idx" ON "providers" USING btree ("family_id");