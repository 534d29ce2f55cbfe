ALTER TABLE "products" ADD COLUMN "search_tokens" text[] GENERATED ALWAYS AS (catalog_title_tokens(title)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "products_search_tokens_idx" ON "products" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "products_title_lower_idx" ON "products" USING btree (lower("title"),"seq" DESC NULLS LAST);