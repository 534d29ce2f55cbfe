CREATE TABLE "staff_invites" (
	"code" text PRIMARY KEY NOT NULL,
	"store_id" text NOT NULL,
	"role" text NOT NULL,
	"created_by" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_by" text,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "store_staff" (
	"store_id" text NOT NULL,
	"openid" text NOT NULL,
	"role" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "store_staff_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "store_staff_store_id_openid_pk" PRIMARY KEY("store_id","openid")
);
--> statement-breakpoint
ALTER TABLE "staff_invites" ADD CONSTRAINT "staff_invites_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "store_staff" ADD CONSTRAINT "store_staff_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_invites_store_idx" ON "staff_invites" USING btree ("store_id");--> statement-breakpoint
CREATE INDEX "store_staff_openid_idx" ON "store_staff" USING btree ("openid");