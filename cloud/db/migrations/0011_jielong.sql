CREATE TABLE "jielong_entries" (
	"order_id" text PRIMARY KEY NOT NULL,
	"jielong_id" text NOT NULL,
	"buyer_openid" text NOT NULL,
	"buyer_name" text NOT NULL,
	"pickup_point_id" text,
	"no" integer,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jielongs" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "jielongs_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"store_id" text NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"items" jsonb NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"delivery" text NOT NULL,
	"pickup_points" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_no" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jielongs_last_no_nonnegative" CHECK ("jielongs"."last_no" >= 0)
);
--> statement-breakpoint
ALTER TABLE "jielong_entries" ADD CONSTRAINT "jielong_entries_jielong_id_jielongs_id_fk" FOREIGN KEY ("jielong_id") REFERENCES "public"."jielongs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jielongs" ADD CONSTRAINT "jielongs_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jielong_entries_no_idx" ON "jielong_entries" USING btree ("jielong_id","no");--> statement-breakpoint
CREATE INDEX "jielong_entries_buyer_idx" ON "jielong_entries" USING btree ("jielong_id","buyer_openid");--> statement-breakpoint
CREATE INDEX "jielongs_store_seq_idx" ON "jielongs" USING btree ("store_id","seq" DESC NULLS LAST);