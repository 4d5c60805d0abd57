package io.newsstream.lab.bench;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Synthetic articles run once through enrich's own steps, so the sink benchmark writes realistic rows. */
public final class EnrichedSyntheticArticles {

    private EnrichedSyntheticArticles() {
    }

    public static List<EnrichedArticle> generate(int count, long seed, String runId) {
        Clock clock = Clock.systemUTC();
        Enricher enricher = Enricher.builder().clock(clock).build();
        Instant receivedAt = clock.instant();
        List<EnrichedArticle> enriched = new ArrayList<>(count);
        for (Map<String, String> article : SyntheticArticles.generate(count, seed, runId)) {
            RawArticle raw = new RawArticle(ArticleIds.of(article.get("url"), article.get("text")), article.get("url"),
                    article.get("title"), article.get("text"), null, null, null, receivedAt, Channel.HTTP, null);
            enriched.add(enricher.enrich(raw));
        }
        return enriched;
    }
}
