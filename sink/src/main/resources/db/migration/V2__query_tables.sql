-- What the query API filters on, normalised out of the document, plus full-text search and the live feed's
-- sequence. Every child table is rewritten with its article in the same transaction as the upsert.

-- The order articles were stored in: each upsert takes a new value, so it is the live feed's event id and a
-- reconnecting subscriber asks for "everything stored after N".
CREATE SEQUENCE articles_store_seq;
ALTER TABLE articles ADD COLUMN store_seq BIGINT NOT NULL DEFAULT nextval('articles_store_seq');
ALTER SEQUENCE articles_store_seq OWNED BY articles.store_seq;
CREATE UNIQUE INDEX articles_store_seq_key ON articles (store_seq);

-- Title counts more than body when ranking; the body lives in the document only.
ALTER TABLE articles ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, COALESCE(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, COALESCE(document ->> 'body', '')), 'B')) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);

-- Pages are read newest first by (listed_at DESC, id DESC); the V1 index sorted ids the other way.
DROP INDEX articles_listed_at;
CREATE INDEX articles_listed_at_id ON articles (listed_at DESC, id DESC);

-- Entities are found by id or by canonical name, case-insensitively.
CREATE INDEX article_entities_name ON article_entities (lower(name));

CREATE TABLE article_outlets (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('publisher', 'source', 'cited')),
    outlet_id  TEXT NOT NULL,   -- the outlet's id, else its name
    name       TEXT,
    PRIMARY KEY (article_id, role, outlet_id)
);
CREATE INDEX article_outlets_outlet ON article_outlets (outlet_id);
CREATE INDEX article_outlets_name ON article_outlets (lower(name));

CREATE TABLE article_stances (
    article_id TEXT             NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    target     TEXT             NOT NULL,
    label      TEXT             NOT NULL CHECK (label IN ('FAVOR', 'AGAINST', 'NEUTRAL')),
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, target)
);
CREATE INDEX article_stances_target_label ON article_stances (target, label);

-- One label per speaker, target and article: the first the enricher reported.
CREATE TABLE article_speaker_stances (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    target     TEXT NOT NULL,
    speaker    TEXT NOT NULL,   -- the speaker entity's canonical name
    label      TEXT NOT NULL CHECK (label IN ('FAVOR', 'AGAINST', 'NEUTRAL')),
    PRIMARY KEY (article_id, target, speaker)
);
CREATE INDEX article_speaker_stances_target ON article_speaker_stances (target, speaker);

-- Articles stored before this migration get their rows from their documents, as the sink would have written them.
INSERT INTO article_outlets (article_id, role, outlet_id, name)
SELECT id, role, COALESCE(outlet ->> 'id', outlet ->> 'name'), outlet ->> 'name'
FROM (
    SELECT id, 'publisher' AS role, document -> 'outlet' -> 'publisher' AS outlet FROM articles
    UNION ALL
    SELECT id, 'source', document -> 'outlet' -> 'source' FROM articles
    UNION ALL
    SELECT a.id, 'cited', cited.value
    FROM articles a, jsonb_array_elements(COALESCE(a.document -> 'outlet' -> 'cited', '[]'::jsonb)) AS cited
) AS outlets
WHERE jsonb_typeof(outlet) = 'object' AND COALESCE(outlet ->> 'id', outlet ->> 'name') IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO article_stances (article_id, target, label, confidence)
SELECT a.id, s.value ->> 'target', s.value ->> 'label', COALESCE((s.value ->> 'confidence')::DOUBLE PRECISION, 0)
FROM articles a, jsonb_array_elements(COALESCE(a.document -> 'stances', '[]'::jsonb)) AS s
WHERE s.value ->> 'target' IS NOT NULL AND s.value ->> 'label' IN ('FAVOR', 'AGAINST', 'NEUTRAL')
ON CONFLICT DO NOTHING;

INSERT INTO article_speaker_stances (article_id, target, speaker, label)
SELECT a.id, s.value ->> 'target', sp.value ->> 'entity', sp.value ->> 'label'
FROM articles a,
     jsonb_array_elements(COALESCE(a.document -> 'stances', '[]'::jsonb)) AS s,
     jsonb_array_elements(COALESCE(s.value -> 'speakers', '[]'::jsonb)) AS sp
WHERE s.value ->> 'target' IS NOT NULL AND sp.value ->> 'entity' IS NOT NULL
  AND sp.value ->> 'label' IN ('FAVOR', 'AGAINST', 'NEUTRAL')
ON CONFLICT DO NOTHING;
