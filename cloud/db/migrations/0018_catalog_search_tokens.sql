-- Search tokens of a product title: every character and every pair of adjacent characters of
-- lower(title). A GIN index over them finds the titles containing a query of any length,
-- two-character Chinese words included (pg_trgm's trigrams cannot: a LIKE '%茶叶%' pattern
-- yields no trigram, so its index is read whole). lower() is what ILIKE applies to both sides,
-- so a title that ILIKE-matches a query always holds every token of the query.
CREATE OR REPLACE FUNCTION catalog_title_tokens(title text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT token), '{}'::text[])
  FROM (SELECT lower(title) AS s) AS l,
       LATERAL (
         SELECT substr(l.s, i, 1) FROM generate_series(1, char_length(l.s)) AS i
         UNION ALL
         SELECT substr(l.s, i, 2) FROM generate_series(1, char_length(l.s) - 1) AS i
       ) AS tokens(token)
$$;
--> statement-breakpoint
-- The tokens a title must hold to contain the query: its pairs, or the one character of a
-- one-character query.
CREATE OR REPLACE FUNCTION catalog_query_tokens(query text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN char_length(l.s) <= 1 THEN ARRAY[l.s]
              ELSE (SELECT array_agg(DISTINCT substr(l.s, i, 2)) FROM generate_series(1, char_length(l.s) - 1) AS i)
         END
  FROM (SELECT lower(query) AS s) AS l
$$;
