CREATE TABLE "short_links" (
	"code" text PRIMARY KEY NOT NULL,
	"link_id" text NOT NULL,
	"store_id" text NOT NULL,
	"location" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "short_links_link_idx" ON "short_links" USING btree ("link_id");