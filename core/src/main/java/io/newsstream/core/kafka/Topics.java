package io.newsstream.core.kafka;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.json.JsonSerde;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of one pipeline. A prefix (e.g. {@code prod.}) lets several pipelines share a cluster.
 */
public final class Topics {

    public static final String RAW = "articles.raw";
    public static final String ENRICHED = "articles.enriched";
    public static final String DLQ = "articles.dlq";
    /**
     * The largest record ingest writes to articles.raw and enrich to articles.enriched and articles.dlq: their
     * producers' {@code max.request.size} and, when services create the topics, their {@code max.message.bytes}, so
     * the two always agree. On articles.raw it holds a 2 MiB HTML page even if JSON escaping doubles it. 8 MiB holds an
     * enriched article at every cap of enrich's output bounds; the broker checks the compressed batch, which is smaller.
     */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    private final String prefix;
    private final Topic<String, RawArticle> raw;
    private final Topic<String, EnrichedArticle> enriched;
    private final Topic<byte[], byte[]> deadLetters;

    public Topics(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
        this.raw = new Topic<>(this.prefix + RAW, Serdes.String(), new JsonSerde<>(RawArticle.class));
        this.enriched = new Topic<>(this.prefix + ENRICHED, Serdes.String(), new JsonSerde<>(EnrichedArticle.class));
        // The DLQ keeps the original bytes untouched, whatever they were.
        this.deadLetters = new Topic<>(this.prefix + DLQ, Serdes.ByteArray(), Serdes.ByteArray());
    }

    public String prefix() {
        return prefix;
    }

    public Topic<String, RawArticle> raw() {
        return raw;
    }

    public Topic<String, EnrichedArticle> enriched() {
        return enriched;
    }

    public Topic<byte[], byte[]> deadLetters() {
        return deadLetters;
    }

    public List<String> allNames() {
        return List.of(raw.name(), enriched.name(), deadLetters.name());
    }
}
