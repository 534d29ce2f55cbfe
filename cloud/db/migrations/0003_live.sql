CREATE TABLE "live_rooms" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "live_rooms_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"store_id" text NOT NULL,
	"platform_room_id" text NOT NULL,
	"title" text NOT NULL,
	"cover" text DEFAULT '' NOT NULL,
	"anchor_name" text DEFAULT '' NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"status" integer DEFAULT 102 NOT NULL,
	"product_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"viewers" integer DEFAULT 0 NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"comments" integer DEFAULT 0 NOT NULL,
	"stream_url" text DEFAULT '' NOT NULL,
	"replay_url" text DEFAULT '' NOT NULL,
	"status_changed_at" timestamp with time zone,
	"synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_rooms_status_known" CHECK ("live_rooms"."status" between 101 and 107),
	CONSTRAINT "live_rooms_counts_nonnegative" CHECK ("live_rooms"."viewers" >= 0 and "live_rooms"."likes" >= 0 and "live_rooms"."comments" >= 0)
);
--> statement-breakpoint
CREATE TABLE "live_subscriptions" (
	"room_id" text NOT NULL,
	"openid" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "live_subscriptions_room_id_openid_pk" PRIMARY KEY("room_id","openid")
);
--> statement-breakpoint
CREATE TABLE "live_viewers" (
	"room_id" text NOT NULL,
	"openid" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_viewers_room_id_openid_pk" PRIMARY KEY("room_id","openid")
);
--> statement-breakpoint
ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_subscriptions" ADD CONSTRAINT "live_subscriptions_room_id_live_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."live_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_viewers" ADD CONSTRAINT "live_viewers_room_id_live_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."live_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "live_rooms_platform_room_idx" ON "live_rooms" USING btree ("platform_room_id");--> statement-breakpoint
CREATE INDEX "live_rooms_store_start_idx" ON "live_rooms" USING btree ("store_id","start_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "live_rooms_status_end_idx" ON "live_rooms" USING btree ("status","end_at");--> statement-breakpoint
CREATE INDEX "live_subscriptions_due_idx" ON "live_subscriptions" USING btree ("room_id","reminded_at");