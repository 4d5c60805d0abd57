package io.newsstream.deploy;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.json.Json;
import io.newsstream.core.json.JsonSerde;
import io.newsstream.core.kafka.Topic;
import io.newsstream.deploy.local.SummaryTable;
import io.newsstream.sink.query.ArticleFilter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream tail}: follows {@code articles.enriched} in Kafka and prints the articles that match. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {
            "Subscribe to articles.enriched directly in Kafka and print matching articles as they arrive, one line",
            "each (or JSON with --json). Reads without a consumer group, so it never disturbs the pipeline."
        })
final class TailCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles mentioning this entity (canonical name or id).")
    String entity;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles from, via or citing this outlet (name or id).")
    String outlet;

    @Option(names = "--target", paramLabel = "ID", description = "Only articles with a stance toward this target.")
    String target;

    @Option(names = "--stance", paramLabel = "LABEL", description = "With --target: only this label (FAVOR, AGAINST, NEUTRAL).")
    StanceLabel stance;

    @Option(names = "--unique", description = "Each story once: leave out copies of earlier articles (duplicateOf set).")
    boolean unique;

    @Option(names = "--from-beginning", description = "Start at the oldest article instead of new ones only.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print each article as one line of JSON.")
    boolean json;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N matching articles.")
    Integer max;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (stance != null && target == null) {
            err.println("--stance needs --target: a stance is always toward a target");
            return 2;
        }
        ArticleFilter filter = new ArticleFilter(entity, outlet, null, target, stance, null).originalsOnly(unique);
        var settings = options.load();
        Topic<String, EnrichedArticle> topic = CommonSettings.topics(settings).enriched();
        Properties props = settings.kafkaProperties();
        // Only committed transactions: enrich writes exactly once, and aborted attempts must not show.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
        int matched = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Thread main = Thread.currentThread();
            Thread stopper = new Thread(consumer::wakeup, "newsstream-tail-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            err.printf("Following %s on %s%s (Ctrl-C to stop)%n", topic.name(), props.get("bootstrap.servers"),
                    fromBeginning ? " from the beginning" : "");
            err.flush();
            try {
                while (max == null || matched < max) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        EnrichedArticle article;
                        try {
                            article = serde.deserialize(record.topic(), record.value());
                        } catch (SerializationException e) {
                            err.printf("skipping an undecodable record at %s-%d@%d: %s%n", record.topic(),
                                    record.partition(), record.offset(), e.getMessage());
                            continue;
                        }
                        if (article != null && filter.matches(article)) {
                            out.println(json ? Json.mapper().writeValueAsString(article) : line(article));
                            out.flush();
                            if (max != null && ++matched >= max) {
                                break;
                            }
                        }
                    }
                }
            } catch (WakeupException e) {
                // Ctrl-C: stop quietly.
            } finally {
                if (Thread.currentThread() == main) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(stopper);
                    } catch (IllegalStateException e) {
                        // already shutting down
                    }
                }
            }
        }
        return 0;
    }

    static String line(EnrichedArticle article) {
        return String.join(" | ",
                String.valueOf(article.publishedAt() != null ? article.publishedAt() : article.receivedAt()),
                SummaryTable.outlet(article),
                article.title() == null ? "(no title)" : article.title(),
                SummaryTable.topEntities(article, 4),
                SummaryTable.stances(article));
    }
}
