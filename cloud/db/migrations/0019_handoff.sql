CREATE TABLE "handoff_links" (
	"key" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handoffs" (
	"code" text PRIMARY KEY NOT NULL,
	"store_id" text NOT NULL,
	"product_id" text,
	"page" text NOT NULL,
	"lines" jsonb NOT NULL,
	"source" text NOT NULL,
	"campaign" text,
	"sharer" text,
	"claimed_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "handoffs_expires_idx" ON "handoffs" USING btree ("expires_at");