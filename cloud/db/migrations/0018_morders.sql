CREATE TABLE "order_numbers" (
	"store_id" text NOT NULL,
	"day" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "order_numbers_store_id_day_pk" PRIMARY KEY("store_id","day")
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "order_no" text;--> statement-breakpoint
-- Orders made before numbers existed get them in the order they were made, per store and Beijing day.
UPDATE "orders" SET "order_no" = numbered.day || '-' || lpad(numbered.n::text, greatest(4, length(numbered.n::text)), '0')
FROM (
	SELECT "id", to_char(("created_at" AT TIME ZONE 'UTC') + interval '8 hours', 'YYYYMMDD') AS day,
		row_number() OVER (PARTITION BY "store_id", to_char(("created_at" AT TIME ZONE 'UTC') + interval '8 hours', 'YYYYMMDD') ORDER BY "seq") AS n
	FROM "orders"
) AS numbered
WHERE "orders"."id" = numbered."id";--> statement-breakpoint
INSERT INTO "order_numbers" ("store_id", "day", "last")
SELECT "store_id", substr("order_no", 1, 8), count(*) FROM "orders" WHERE "order_no" IS NOT NULL GROUP BY "store_id", substr("order_no", 1, 8);--> statement-breakpoint
CREATE UNIQUE INDEX "orders_store_order_no_idx" ON "orders" USING btree ("store_id","order_no");