-- Search tokens of a product title: every character and every pair of adjacent characters of
-- lower(title). A GIN index over them finds the titles containing a query of any length,
-- two-character Chinese words included (pg_trgm cannot: a LIKE '%茶叶%' pattern yields no
-- trigram, so its index is read whole). lower() is what ILIKE applies to both sides, so a title
-- that ILIKE-matches a query always holds every token of the query. PL/pgSQL because it is
-- four times faster than the same in SQL (100,000 titles: 3 s against 12 s on PGlite), which
-- is what a bulk import or seed pays. Repeated tokens are left in: GIN stores each key once.
CREATE OR REPLACE FUNCTION catalog_title_tokens(title text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  chars text[] := regexp_split_to_array(lower(title), '');
  tokens text[] := chars;
BEGIN
  FOR i IN 1 .. coalesce(array_length(chars, 1), 0) - 1 LOOP
    tokens := tokens || (chars[i] || chars[i + 1]);
  END LOOP;
  RETURN tokens;
END
$$;
--> statement-breakpoint
-- The tokens a title must hold to contain the query: its pairs, or the one character of a
-- one-character query.
CREATE OR REPLACE FUNCTION catalog_query_tokens(query text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  chars text[] := regexp_split_to_array(lower(query), '');
  tokens text[] := '{}';
BEGIN
  IF coalesce(array_length(chars, 1), 0) <= 1 THEN
    RETURN chars;
  END IF;
  FOR i IN 1 .. array_length(chars, 1) - 1 LOOP
    tokens := tokens || (chars[i] || chars[i + 1]);
  END LOOP;
  RETURN tokens;
END
$$;
