-- Issue 15: the search vector leaves the write transaction. Computing it (PostgreSQL's text parser over the whole
-- body) was about three quarters of a write, so the sink's indexer (SearchIndexer) now fills it after the article is
-- stored, in a narrow table of its own: indexing inserts a small row instead of rewriting the article's tuple.

-- What the generated column computed: title (weight A) and body (weight B) in the article's language configuration.
-- Bound to this schema's search path, like V4's trigger, so it finds article_text_config whatever the caller's path.
CREATE FUNCTION article_search_vector(language TEXT, title TEXT, body TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT
    AS $$ SELECT setweight(to_tsvector(article_text_config(language), COALESCE(title, '')), 'A')
                 || setweight(to_tsvector(article_text_config(language), COALESCE(body, '')), 'B') $$;

-- indexed_seq is the article's article_stream.store_seq when it was indexed: a write takes a higher one, so a
-- replaced article is stale until re-indexed, and the highest indexed_seq is where the indexer resumes (sequence
-- numbers become visible in commit order, see V4).
CREATE TABLE article_search (
    article_id  TEXT     PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    indexed_seq BIGINT   NOT NULL,
    search      TSVECTOR NOT NULL
);
CREATE INDEX article_search_search ON article_search USING GIN (search);
CREATE INDEX article_search_indexed_seq ON article_search (indexed_seq);

-- Backfill from the generated column (already computed, so this costs a copy, not a parse).
INSERT INTO article_search (article_id, indexed_seq, search)
SELECT a.id, s.store_seq, a.search FROM articles a JOIN article_stream s ON s.article_id = a.id;

DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search;
