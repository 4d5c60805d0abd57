package io.newsstream.enrich.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Seen articles held in maps, for one thread: what evaluations and tests use in place of the Streams stores. */
public final class InMemorySeenArticles implements SeenArticles {

    private record Dated<T>(T value, long at) {
    }

    private final long windowMillis;
    private final Map<String, List<Dated<String>>> bands = new HashMap<>();
    private final Map<String, Dated<SeenArticle>> articles = new HashMap<>();

    public InMemorySeenArticles(Duration window) {
        this.windowMillis = window.toMillis();
    }

    @Override
    public List<String> withBand(String band, long now, int limit) {
        List<String> ids = new ArrayList<>();
        List<Dated<String>> bucket = bands.getOrDefault(band, List.of());
        for (int i = bucket.size() - 1; i >= 0 && ids.size() < limit; i--) {
            if (inWindow(bucket.get(i).at(), now)) {
                ids.add(bucket.get(i).value());
            }
        }
        return ids;
    }

    @Override
    public Optional<SeenArticle> find(String id, long now) {
        Dated<SeenArticle> article = articles.get(id);
        return article != null && inWindow(article.at(), now) ? Optional.of(article.value()) : Optional.empty();
    }

    @Override
    public void remember(SeenArticle article, List<String> bandKeys, long now) {
        articles.put(article.id(), new Dated<>(article, now));
        for (String band : bandKeys) {
            bands.computeIfAbsent(band, b -> new ArrayList<>()).add(new Dated<>(article.id(), now));
        }
    }

    private boolean inWindow(long at, long now) {
        return at >= now - windowMillis;
    }
}
