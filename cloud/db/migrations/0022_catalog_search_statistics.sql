-- Statistics on every search token and hashtag, not only the 1,000 most common (the default
-- target of 100 keeps 10 × 100 elements). A token missing from them is estimated at 0.5 % of the
-- catalog, so a rare word (one title in 100,000) was read by walking the newest-first index
-- through the whole catalog instead of the GIN index; with them its estimate is its real count.
ALTER TABLE "products" ALTER COLUMN "search_tokens" SET STATISTICS 1000;
--> statement-breakpoint
ALTER TABLE "products" ALTER COLUMN "hashtags" SET STATISTICS 1000;
