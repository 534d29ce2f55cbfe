CREATE TABLE "coupons" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "coupons_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"store_id" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"amount_off" integer,
	"percent_off" integer,
	"min_spend" integer DEFAULT 0 NOT NULL,
	"total_quantity" integer NOT NULL,
	"per_person_limit" integer NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"audience" text DEFAULT 'all' NOT NULL,
	"product_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"claimed" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coupons_claimed_within_quantity" CHECK ("coupons"."claimed" >= 0 and "coupons"."claimed" <= "coupons"."total_quantity")
);
--> statement-breakpoint
CREATE TABLE "user_coupons" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "user_coupons_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"coupon_id" text NOT NULL,
	"store_id" text NOT NULL,
	"openid" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"amount_off" integer,
	"percent_off" integer,
	"min_spend" integer NOT NULL,
	"product_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'unused' NOT NULL,
	"order_id" text,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" DROP CONSTRAINT "orders_total_matches";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discount" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "user_coupon_id" text;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_coupons" ADD CONSTRAINT "user_coupons_coupon_id_coupons_id_fk" FOREIGN KEY ("coupon_id") REFERENCES "public"."coupons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coupons_store_seq_idx" ON "coupons" USING btree ("store_id","seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_coupons_owner_idx" ON "user_coupons" USING btree ("openid","store_id","seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_coupons_coupon_owner_idx" ON "user_coupons" USING btree ("coupon_id","openid");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_discount_range" CHECK ("orders"."discount" >= 0 and "orders"."discount" <= "orders"."items_total");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_total_matches" CHECK ("orders"."total" = "orders"."items_total" - "orders"."discount" + "orders"."delivery_fee");