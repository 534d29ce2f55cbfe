ALTER TABLE "skus" ALTER COLUMN "specs" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "skus" ALTER COLUMN "specs" SET DEFAULT '{}'::json;--> statement-breakpoint
ALTER TABLE "order_items" ALTER COLUMN "specs" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "order_items" ALTER COLUMN "specs" SET DEFAULT '{}'::json;