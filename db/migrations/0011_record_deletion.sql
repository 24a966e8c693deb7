ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "deletion_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "deletion_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "deletion_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_deletion_requested_by_users_id_fk" FOREIGN KEY ("deletion_requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "families_deletion_due_idx" ON "families" USING btree ("deletion_due_at") WHERE "families"."deletion_due_at" is not null;