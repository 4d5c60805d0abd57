-- Issue 15: the query tables lose their foreign keys to articles. Each of their rows cost a lookup in the articles'
-- primary key when inserted (about 22 rows per article, a third of the query tables' share of a write), to guard
-- against something the sink cannot do: it is their only writer, and writes an article with its rows in one
-- transaction. What the keys also gave, rows leaving with their article, triggers give instead; they cost nothing on
-- insert. See docs/decisions/0002-sink-storage.md. article_stream and article_search keep theirs (one row per
-- article; article_search is written after the write, by the indexer).
ALTER TABLE article_entities DROP CONSTRAINT article_entities_article_id_fkey;
ALTER TABLE article_outlets DROP CONSTRAINT article_outlets_article_id_fkey;
ALTER TABLE article_stances DROP CONSTRAINT article_stances_article_id_fkey;
ALTER TABLE article_speaker_stances DROP CONSTRAINT article_speaker_stances_article_id_fkey;
ALTER TABLE article_entity_stances DROP CONSTRAINT article_entity_stances_article_id_fkey;

-- Deleted articles take their rows with them, once per statement however many articles it deletes. A delete of an
-- article that a writer is storing waits for the writer's row lock, so it sees and removes the rows just written.
CREATE FUNCTION articles_delete_query_rows() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM article_entities WHERE article_id IN (SELECT id FROM deleted);
    DELETE FROM article_outlets WHERE article_id IN (SELECT id FROM deleted);
    DELETE FROM article_stances WHERE article_id IN (SELECT id FROM deleted);
    DELETE FROM article_speaker_stances WHERE article_id IN (SELECT id FROM deleted);
    DELETE FROM article_entity_stances WHERE article_id IN (SELECT id FROM deleted);
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_delete_query_rows AFTER DELETE ON articles
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION articles_delete_query_rows();

-- TRUNCATE articles CASCADE reached them through the keys; now the trigger empties them.
CREATE FUNCTION articles_truncate_query_rows() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    TRUNCATE article_entities, article_outlets, article_stances, article_speaker_stances, article_entity_stances;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_truncate_query_rows AFTER TRUNCATE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION articles_truncate_query_rows();
