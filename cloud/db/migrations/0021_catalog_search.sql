DROP INDEX "products_status_seq_idx";--> statement-breakpoint
DROP INDEX "products_store_status_seq_idx";--> statement-breakpoint
DROP INDEX "posts_seq_idx";--> statement-breakpoint
DROP INDEX "posts_store_seq_idx";--> statement-breakpoint
DROP INDEX "jielongs_store_seq_idx";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_tokens" text[] GENERATED ALWAYS AS (catalog_title_tokens(title)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "products_search_tokens_idx" ON "products" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "products_title_lower_idx" ON "products" USING btree (lower("title"),"seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "products_status_seq_idx" ON "products" USING btree ("status","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "products_store_status_seq_idx" ON "products" USING btree ("store_id","status","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "posts_seq_idx" ON "posts" USING btree ("seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "posts_store_seq_idx" ON "posts" USING btree ("store_id","seq" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "jielongs_store_seq_idx" ON "jielongs" USING btree ("store_id","seq" DESC NULLS FIRST);