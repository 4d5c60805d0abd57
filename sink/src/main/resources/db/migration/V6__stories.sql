-- Issue 16: the story of each article (its own id when enrich set none: an article without body, or one stored
-- before stories existed), for "each story once" and the story endpoints. Derived from the document, so the
-- sink's upsert needs no change and older rows get theirs here.
ALTER TABLE articles ADD COLUMN story_id TEXT GENERATED ALWAYS AS (COALESCE(document ->> 'storyId', id)) STORED;
CREATE INDEX articles_story ON articles (story_id, listed_at);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
