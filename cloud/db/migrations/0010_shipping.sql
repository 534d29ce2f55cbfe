CREATE TABLE "shipping_rules" (
	"store_id" text PRIMARY KEY NOT NULL,
	"base_fee" integer NOT NULL,
	"free_over" integer NOT NULL,
	"regions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pickup_enabled" boolean NOT NULL,
	"pickup_hours" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipping_rules_fees_nonnegative" CHECK ("shipping_rules"."base_fee" >= 0 and "shipping_rules"."free_over" >= 0)
);
--> statement-breakpoint
ALTER TABLE "shipping_rules" ADD CONSTRAINT "shipping_rules_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;