package io.newsstream.lab.bench;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.kafka.Topic;
import io.newsstream.ingest.KafkaArticlePublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ceiling ingest is measured against: the same records sent straight to Kafka by the same producer class with
 * the same settings (acks=all, idempotence, compression), with no HTTP, parsing or validation in between.
 */
public final class RawProducerBaseline {

    private RawProducerBaseline() {
    }

    public static LoadResult run(Topic<String, RawArticle> topic, Properties kafka, List<Map<String, String>> articles) {
        List<RawArticle> records = new ArrayList<>(articles.size());
        Instant now = Instant.now();
        for (Map<String, String> article : articles) {
            records.add(new RawArticle(ArticleIds.of(article.get("url"), article.get("text")), article.get("url"),
                    article.get("title"), article.get("text"), null, null, null, now, Channel.HTTP, null));
        }
        LatencyRecorder latencies = new LatencyRecorder(records.size());
        AtomicInteger failures = new AtomicInteger();
        try (KafkaArticlePublisher publisher = KafkaArticlePublisher.create(topic, kafka, "newsstream-bench-raw",
                Duration.ofSeconds(30))) {
            long start = System.nanoTime();
            List<CompletableFuture<Void>> acks = new ArrayList<>(records.size());
            for (RawArticle record : records) {
                long sent = System.nanoTime();
                acks.add(publisher.publish(record).whenComplete((ok, error) -> {
                    latencies.record(System.nanoTime() - sent);
                    if (error != null) {
                        failures.incrementAndGet();
                    }
                }));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new LoadResult("raw producer", records.size(), records.size(), seconds, latencies, failures.get());
        }
    }
}
