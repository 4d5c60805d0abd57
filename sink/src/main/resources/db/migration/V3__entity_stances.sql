-- How each article portrays its people and organisations, for "how do outlets portray X over time". Rewritten with
-- its article in the same transaction as the upsert, like the V2 tables.
CREATE TABLE article_entity_stances (
    article_id TEXT             NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity     TEXT             NOT NULL,   -- the entity's canonical name
    type       TEXT,                        -- PERSON or ORG
    label      TEXT             NOT NULL CHECK (label IN ('POSITIVE', 'NEGATIVE', 'NEUTRAL')),
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, entity)
);
-- Entities are asked for by canonical name in any case.
CREATE INDEX article_entity_stances_entity ON article_entity_stances (lower(entity));

-- Articles stored before this migration get their rows from their documents; when an entity is listed twice the
-- first entry wins, as in the sink's own writes.
INSERT INTO article_entity_stances (article_id, entity, type, label, confidence)
SELECT DISTINCT ON (a.id, s.value ->> 'entity')
       a.id, s.value ->> 'entity', s.value ->> 'type', s.value ->> 'label',
       COALESCE((s.value ->> 'confidence')::DOUBLE PRECISION, 0)
FROM articles a,
     jsonb_array_elements(COALESCE(a.document -> 'entityStances', '[]'::jsonb)) WITH ORDINALITY AS s (value, position)
WHERE s.value ->> 'entity' IS NOT NULL AND s.value ->> 'label' IN ('POSITIVE', 'NEGATIVE', 'NEUTRAL')
ORDER BY a.id, s.value ->> 'entity', s.position;
