-- The live stream's order, in a narrow table of its own so that it can be written last in the writing transaction.
-- Each write of an article takes a new sequence number here under a transaction-level advisory lock that is held
-- until commit (see ArticleStore), so numbers become visible in commit order whichever sink instance wrote them: a
-- reader that has seen N has seen every article committed up to N. That makes the number the cursor of every
-- instance's live stream and of Last-Event-ID. articles.store_seq (V2) is taken as the upsert begins, so two writers
-- could commit out of its order and a reader following it could step over an article.
CREATE TABLE article_stream (
    article_id TEXT   PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    store_seq  BIGINT NOT NULL
);
INSERT INTO article_stream (article_id, store_seq) SELECT id, store_seq FROM articles;
CREATE UNIQUE INDEX article_stream_store_seq ON article_stream (store_seq);

-- Expand now, contract later: sinks older than this version still write articles.store_seq and know nothing of
-- article_stream. While any runs (a rolling upgrade, a roll-back), this copies their writes over, so their articles
-- reach every stream too, if not in strict commit order. Newer sinks never change articles.store_seq on an update;
-- a later migration drops the column and this trigger once no older sink is left.
-- Bound to this schema's search path, so the copy lands beside the articles whatever the writer's path.
CREATE FUNCTION article_stream_from_store_seq() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO article_stream (article_id, store_seq) VALUES (NEW.id, NEW.store_seq)
    ON CONFLICT (article_id) DO UPDATE SET store_seq = EXCLUDED.store_seq;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_store_seq_to_stream AFTER INSERT OR UPDATE OF store_seq ON articles
    FOR EACH ROW EXECUTE FUNCTION article_stream_from_store_seq();
