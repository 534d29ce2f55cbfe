CREATE TABLE "alert_grants" (
	"store_id" text NOT NULL,
	"openid" text NOT NULL,
	"kind" text NOT NULL,
	"remaining" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "alert_grants_store_id_openid_kind_pk" PRIMARY KEY("store_id","openid","kind")
);
--> statement-breakpoint
CREATE TABLE "alert_settings" (
	"store_id" text PRIMARY KEY NOT NULL,
	"new_order" boolean DEFAULT true NOT NULL,
	"refund_requested" boolean DEFAULT true NOT NULL,
	"new_message" boolean DEFAULT true NOT NULL,
	"low_stock" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "notifications_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"store_id" text NOT NULL,
	"kind" text NOT NULL,
	"order_id" text,
	"sku_id" text,
	"text" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_store_seq_idx" ON "notifications" USING btree ("store_id","seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_store_paid_idx" ON "orders" USING btree ("store_id","paid_at","id");