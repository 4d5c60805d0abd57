-- The researchers' API: language-aware full-text search and filters on feed, author and language.

-- The text-search configuration for an article's language (BCP 47: "de", "pt-BR"), 'simple' (no stemming, no stop
-- words) when PostgreSQL has none for it or the language is unknown. Built from the configurations this server
-- has, so it is immutable on this server and generated columns may use it. article_search_query(q) parses a search
-- in every one of those configurations at once (their OR): a constant the index can serve, which finds every
-- article the search matches in the article's own configuration, and some more, which the query then drops.
DO $migration$
DECLARE
    cases   TEXT := '';
    parsers TEXT := 'websearch_to_tsquery(''pg_catalog.simple'', q)';
    pair    TEXT[];
BEGIN
    FOREACH pair SLICE 1 IN ARRAY ARRAY[
            ['ar', 'arabic'], ['hy', 'armenian'], ['eu', 'basque'], ['ca', 'catalan'], ['da', 'danish'],
            ['nl', 'dutch'], ['en', 'english'], ['fi', 'finnish'], ['fr', 'french'], ['de', 'german'],
            ['el', 'greek'], ['hi', 'hindi'], ['hu', 'hungarian'], ['id', 'indonesian'], ['ga', 'irish'],
            ['it', 'italian'], ['lt', 'lithuanian'], ['ne', 'nepali'], ['no', 'norwegian'], ['nb', 'norwegian'],
            ['nn', 'norwegian'], ['pt', 'portuguese'], ['ro', 'romanian'], ['ru', 'russian'], ['sr', 'serbian'],
            ['es', 'spanish'], ['sv', 'swedish'], ['ta', 'tamil'], ['tr', 'turkish'], ['yi', 'yiddish']] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config WHERE cfgname = pair[2]) THEN
            cases := cases || format(' WHEN %L THEN %L::regconfig', pair[1], 'pg_catalog.' || pair[2]);
            IF position(pair[2] IN parsers) = 0 THEN
                parsers := parsers || format(' || websearch_to_tsquery(%L, q)', 'pg_catalog.' || pair[2]);
            END IF;
        END IF;
    END LOOP;
    EXECUTE format($create$
        CREATE FUNCTION article_text_config(language TEXT) RETURNS regconfig
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $body$ SELECT CASE lower(split_part(COALESCE(language, ''), '-', 1)) %s
                         ELSE 'pg_catalog.simple'::regconfig END $body$
        $create$, cases);
    EXECUTE format($create$
        CREATE FUNCTION article_search_query(q TEXT) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $body$ SELECT %s $body$
        $create$, parsers);
END
$migration$;

-- Each article is indexed in its own language's configuration and searched with the query parsed in the same one
-- (see ArticleQuerySql), so stemming matches on both sides.
DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector(article_text_config(language), COALESCE(title, '')), 'A')
        || setweight(to_tsvector(article_text_config(language), COALESCE(document ->> 'body', '')), 'B')) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);

-- Copies of document fields people filter on; generated, so the sink's upsert needs no change.
ALTER TABLE articles ADD COLUMN feed TEXT GENERATED ALWAYS AS (document ->> 'feed') STORED;
CREATE INDEX articles_feed ON articles (feed, listed_at DESC) WHERE feed IS NOT NULL;
CREATE INDEX articles_language ON articles (lower(language), listed_at DESC);
CREATE INDEX articles_channel ON articles (channel, listed_at DESC);
-- Authors are matched as written in the byline, by containment, which this index serves.
CREATE INDEX articles_authors ON articles USING GIN ((document -> 'authors') jsonb_path_ops);
