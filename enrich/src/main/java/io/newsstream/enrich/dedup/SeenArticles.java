package io.newsstream.enrich.dedup;

import java.util.List;
import java.util.Optional;

/** The recent articles' fingerprints, found by id and by LSH band; what is older than the window is gone. */
public interface SeenArticles {

    /** Ids of recent articles with this band key, most recent first, at most {@code limit}. */
    List<String> withBand(String band, long now, int limit);

    Optional<SeenArticle> find(String id, long now);

    void remember(SeenArticle article, List<String> bands, long now);
}
