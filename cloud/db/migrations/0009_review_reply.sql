ALTER TABLE "comments" ADD COLUMN "reply_text" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "reply_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "report_reason" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "reported_at" timestamp with time zone;