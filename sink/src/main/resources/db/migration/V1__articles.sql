-- One row per article id. The full EnrichedArticle is the JSONB document (the source of truth the API serves);
-- the plain columns are copies of the fields people filter and sort on, kept in step by the sink's upsert.
CREATE TABLE articles (
    id               TEXT        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{1,64}$'),
    url              TEXT,
    title            TEXT,
    publisher        TEXT,        -- name of outlet.publisher
    publisher_id     TEXT,        -- id of outlet.publisher
    language         TEXT,
    channel          TEXT,
    duplicate_of     TEXT,
    published_at     TIMESTAMPTZ,
    received_at      TIMESTAMPTZ NOT NULL,
    enriched_at      TIMESTAMPTZ,
    enricher_version TEXT,
    -- "newest first" means by publication time, else by arrival time.
    listed_at        TIMESTAMPTZ GENERATED ALWAYS AS (COALESCE(published_at, received_at)) STORED,
    document         JSONB       NOT NULL,
    stored_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX articles_listed_at ON articles (listed_at DESC, id);
CREATE INDEX articles_publisher ON articles (publisher_id, listed_at DESC);

-- The entities of each article, replaced with the article on every write, for "articles mentioning X".
CREATE TABLE article_entities (
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entities_entity ON article_entities (entity_id);
