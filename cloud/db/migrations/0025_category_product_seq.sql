-- A category page is the category's products newest first. Read through the store's
-- newest-first index, it walked the store's products until it had met enough of the category's
-- (at 100,000 products and a category of every 100th: 2,100 rows for a page of 21). With the
-- product's seq on the link itself, the (category, product_seq) index hands out the page in
-- order and each row costs one lookup of its product.
ALTER TABLE "product_categories" ADD COLUMN "product_seq" bigint;--> statement-breakpoint
-- Kept by the database for every writer (category save, import, seeds, tests' fixtures): a
-- product's seq is an identity that never changes, so copying it when the link is made (or
-- pointed at another product) keeps it right.
CREATE OR REPLACE FUNCTION product_categories_copy_product_seq() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT seq INTO NEW.product_seq FROM products WHERE id = NEW.product_id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER product_categories_copy_product_seq
BEFORE INSERT OR UPDATE OF product_id, product_seq ON product_categories
FOR EACH ROW EXECUTE FUNCTION product_categories_copy_product_seq();
--> statement-breakpoint
UPDATE "product_categories" AS pc SET "product_seq" = p."seq" FROM "products" AS p WHERE p."id" = pc."product_id";--> statement-breakpoint
CREATE INDEX "product_categories_category_seq_idx" ON "product_categories" USING btree ("category_id","product_seq" DESC NULLS FIRST,"product_id");
