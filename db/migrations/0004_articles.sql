CREATE TABLE "pinned_articles" (
	"family_id" uuid NOT NULL,
	"article_slug" text NOT NULL,
	"pinned_by" uuid,
	"pinned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "pinned_articles_family_slug_key" UNIQUE("family_id","article_slug")
);
--> statement-breakpoint
ALTER TABLE "pinned_articles" ADD CONSTRAINT "pinned_articles_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pinned_articles" ADD CONSTRAINT "pinned_articles_pinned_by_users_id_fk" FOREIGN KEY ("pinned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;