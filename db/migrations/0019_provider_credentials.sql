ALTER TABLE "providers" ADD COLUMN "credential_ids" text[];--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "supervisor_provider_id" uuid;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "supervisor_name" text;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "supervisor_credential_id" text;--> statement-breakpoint
-- Every provider so far was entered against the Oregon catalog, whose own titles are now scoped
-- "or:" (a QMHP means something else in Texas or Virginia). National ids keep their names.
UPDATE "providers" SET "credential_ids" = ARRAY[
  CASE WHEN "credential_id" IN ('qmha', 'qmhp', 'cswa', 'lpc-associate', 'mft-associate', 'skills-trainer', 'cadc', 'lmsw') THEN 'or:' || "credential_id" ELSE "credential_id" END
];--> statement-breakpoint
ALTER TABLE "providers" ALTER COLUMN "credential_ids" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" DROP COLUMN "credential_id";--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_supervisor_provider_id_providers_id_fk" FOREIGN KEY ("supervisor_provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_some_credential" CHECK (cardinality("providers"."credential_ids") >= 1);--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_one_supervisor" CHECK (("providers"."supervisor_name" is null) = ("providers"."supervisor_credential_id" is null) and ("providers"."supervisor_provider_id" is null or "providers"."supervisor_name" is null));--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_not_own_supervisor" CHECK ("providers"."supervisor_provider_id" is null or "providers"."supervisor_provider_id" <> "providers"."id");
