package io.newsstream.deploy;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.enrich.EnrichConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream reprocess}: moves the enrich application's input offsets back to a time, the way Kafka Streams'
 * application reset tool does for input topics, so enrich runs again over the raw articles from then on and the sink
 * replaces the stored results (its upserts are keyed by article id).
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {
            "Re-run enrichment over the raw articles received since TIME: resets the enrich application's offsets",
            "on articles.raw to the first record at or after TIME. Stop every enrich instance first, run this, then",
            "start enrich again; the sink replaces each re-enriched article in place. Use it when the knowledge",
            "base or the stance model improved. TIME is an ISO-8601 instant (2026-03-01T00:00:00Z), a date",
            "(2026-03-01, midnight UTC) or a duration back from now (90m, 12h, 7d)."
        })
final class ReprocessCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--since", required = true, paramLabel = "TIME", description = "Where to start re-processing.")
    String since;

    @Option(names = "--dry-run", description = "Show the offsets that would be set, change nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant from;
        try {
            from = parseTime(since, Instant.now());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Settings settings = options.load();
        String group = EnrichConfig.from(settings).applicationId();
        String topic = CommonSettings.topics(settings).raw().name();
        try (Admin admin = Admin.create(settings.kafkaProperties())) {
            ConsumerGroupDescription description = describe(admin, group);
            if (description != null && !description.members().isEmpty()) {
                err.printf("enrich (group %s) still has %d running member(s); stop every enrich instance first%n",
                        group, description.members().size());
                return 1;
            }
            Map<TopicPartition, OffsetSpec> atTime = new HashMap<>();
            Map<TopicPartition, OffsetSpec> atEnd = new HashMap<>();
            admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .partitions().forEach(p -> {
                        atTime.put(new TopicPartition(topic, p.partition()), OffsetSpec.forTimestamp(from.toEpochMilli()));
                        atEnd.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
                    });
            Map<TopicPartition, ListOffsetsResultInfo> byTime = admin.listOffsets(atTime).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(atEnd).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> current = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> target = new TreeMap<>(
                    java.util.Comparator.comparing(TopicPartition::partition));
            long records = 0;
            out.printf("%-24s %12s %12s %12s%n", "partition", "current", "new", "to redo");
            for (TopicPartition partition : atTime.keySet()) {
                long end = ends.get(partition).offset();
                // No record at or after the time: nothing to redo there, so start at the end.
                long offset = byTime.get(partition).offset() < 0 ? end : byTime.get(partition).offset();
                target.put(partition, new OffsetAndMetadata(offset));
                OffsetAndMetadata now = current.get(partition);
                records += end - offset;
                out.printf("%-24s %12s %12d %12d%n", partition, now == null ? "-" : String.valueOf(now.offset()), offset, end - offset);
            }
            if (dryRun) {
                out.printf("Dry run: %d raw article record(s) since %s would be enriched again; nothing changed.%n", records, from);
                return 0;
            }
            admin.alterConsumerGroupOffsets(group, target).all().get(30, TimeUnit.SECONDS);
            out.printf("Reset %s: %d raw article record(s) since %s will be enriched again when enrich starts.%n",
                    group, records, from);
            out.flush();
            return 0;
        }
    }

    private static ConsumerGroupDescription describe(Admin admin, String group) throws Exception {
        try {
            return admin.describeConsumerGroups(java.util.List.of(group)).describedGroups().get(group).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return null;
            }
            throw e;
        }
    }

    /** An instant, a date (midnight UTC) or a duration back from {@code now}. */
    static Instant parseTime(String value, Instant now) {
        String text = value.trim();
        try {
            if (text.matches("\\d+\\s*[smhd]")) {
                long amount = Long.parseLong(text.replaceAll("\\D", ""));
                Duration ago = switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
                return now.minus(ago);
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since must be an instant (2026-03-01T00:00:00Z), a date (2026-03-01) "
                    + "or a duration back from now (90m, 12h, 7d), got '" + value + "'");
        }
    }
}
