ALTER TABLE "families" ADD COLUMN "state" text;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_state_code" CHECK ("families"."state" is null or "families"."state" ~ '^[A-Z]{2}$');--> statement-breakpoint
-- The families recorded so far were all checked against Oregon's rules (the only catalog there was).
UPDATE "families" SET "state" = 'OR' WHERE "state" IS NULL;
