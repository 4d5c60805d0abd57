package io.newsstream.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.newsstream.core.config.Settings;
import io.newsstream.core.testing.Await;
import io.newsstream.deploy.FeedServer;
import io.newsstream.deploy.local.LocalPipeline;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.deploy.local.PipelineClient;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.feed.FeedConfig;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboards and the alert rules only use metrics the services really export: the local pipeline runs, a few
 * articles go through it, every service's {@code /metrics} is scraped, and each metric name that a query or a
 * variable of a deploy/grafana dashboard or an expression of deploy/prometheus/alerts.yml uses must be among the
 * scraped series.
 *
 * <p>Names are compared as Prometheus stores them (with {@code _total}, {@code _bucket}, {@code _count},
 * {@code _sum}, {@code _max}), not stripped to their family: a {@code _bucket} query of a timer without histogram
 * buckets, or {@code _total} on a gauge, returns nothing in Prometheus, so it fails here too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeployMetricsCrossCheckTest {

    private static final Logger log = LoggerFactory.getLogger(DeployMetricsCrossCheckTest.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(90);
    /** Metric names in PromQL: the prefixes of newsstream's own, Micrometer's JVM and process, and Kafka's metrics. */
    private static final Pattern METRIC_NAME = Pattern.compile("(?<![\\w:$])(?:newsstream|jvm|process|kafka)_\\w+");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s");
    // Deploy's own files, from the module directory the tests run in.
    private static final Path DASHBOARDS = Path.of("grafana", "dashboards");
    private static final Path ALERTS = Path.of("prometheus", "alerts.yml");
    private static final String ONE_ITEM_FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbour-gazette.example/</link>
            <item><title>Ferry timetable changes</title><link>https://harbour-gazette.example/ferry</link>
            <description>The island ferry runs every forty minutes from Monday, the operator said.</description>
            <pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate></item>
            </channel></rss>""";

    @TempDir
    static Path dataDir;

    private LocalPipeline pipeline;
    private FeedServer feed;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startPipeline() throws Exception {
        Map<String, String> settings = LocalSettings.defaultsOnFreePorts();
        settings.put(EnrichConfig.STATE_DIR, dataDir.resolve("streams").toString());
        // A feed, so that ingest registers the feed meters the feed alerts use.
        feed = FeedServer.serving(ONE_ITEM_FEED);
        settings.put(FeedConfig.URLS, feed.url());
        settings.put(FeedConfig.STATE_DIR, dataDir.resolve("feed-state").toString());
        pipeline = LocalPipeline.start(Settings.of(settings), dataDir, 0);
    }

    @AfterAll
    void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (feed != null) {
            feed.close();
        }
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsUseIsExported() throws Exception {
        feedArticles();
        // The GC pause timer appears with the first collection the binder sees.
        System.gc();

        Map<String, Set<String>> exportedBy = new TreeMap<>();
        Set<String> exported = new TreeSet<>();
        for (String service : List.of("ingest", "enrich", "sink")) {
            String scrape = scrape(service);
            // Kept beside the build output for whoever documents or debugs the metrics.
            Files.writeString(Path.of("target", "metrics-" + service + ".prom"), scrape);
            assertNoSampleSetsTheScrapersLabels(service, scrape);
            assertThat(namingProblems(scrape)).as("%s metrics against the Prometheus naming conventions", service)
                    .isEmpty();
            Set<String> names = sampleNames(scrape);
            exportedBy.put(service, names);
            exported.addAll(names);
        }
        exportedBy.forEach((service, names) -> log.info("{} exports {} series names: {}", service, names.size(),
                names.stream().filter(name -> name.startsWith("newsstream_")).toList()));

        Map<String, Set<String>> usedBy = new TreeMap<>();
        dashboardExpressions().forEach(expr -> metricNames(expr).forEach(name ->
                usedBy.computeIfAbsent(name, n -> new TreeSet<>()).add("dashboard")));
        alertExpressions().forEach((alert, expr) -> metricNames(expr).forEach(name ->
                usedBy.computeIfAbsent(name, n -> new TreeSet<>()).add("alert " + alert)));

        assertThat(usedBy).as("metric names found in the dashboard and alert expressions").hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        usedBy.forEach((name, users) -> {
            if (!exported.contains(name)) {
                missing.add(name + " (used by " + String.join(", ", users) + ")");
            }
        });
        assertThat(missing).as("metrics used by deploy/ but exported by no service").isEmpty();
    }

    @Test
    void metricNamesComeFromPromqlWithoutFunctionsOrLabels() {
        String expr = "histogram_quantile(0.99, sum by (le) (rate(newsstream_sink_end_to_end_seconds_bucket"
                + "{job=\"newsstream\", client_id!~\".*restore-consumer\"}[$__rate_interval]))) "
                + "/ on (service) kafka_stream_client_state + process_cpu_usage";

        assertThat(metricNames(expr)).containsExactlyInAnyOrder(
                "newsstream_sink_end_to_end_seconds_bucket", "kafka_stream_client_state", "process_cpu_usage");
    }

    @Test
    void sampleNamesKeepTheirSuffixes() {
        String scrape = """
                # HELP newsstream_sink_batch_write_seconds Time to store one poll batch
                # TYPE newsstream_sink_batch_write_seconds histogram
                newsstream_sink_batch_write_seconds_bucket{le="0.01"} 3
                newsstream_sink_batch_write_seconds_count 3
                jvm_threads_live_threads 12
                """;

        assertThat(sampleNames(scrape)).containsExactlyInAnyOrder("newsstream_sink_batch_write_seconds_bucket",
                "newsstream_sink_batch_write_seconds_count", "jvm_threads_live_threads");
    }

    private void feedArticles() throws Exception {
        PipelineClient client = new PipelineClient(pipeline.ingestUrl(), pipeline.sinkUrl());
        List<String> ids = new ArrayList<>();
        for (Map<String, String> article : List.of(
                Map.of("url", "https://tidewater-post.example/harbour-strike",
                        "text", "Dock workers end strike\nDock workers in Rotterdam ended a four-day strike on "
                                + "Tuesday after the port authority agreed to new shift rules, the union said."),
                Map.of("url", "https://tidewater-post.example/rail-budget",
                        "text", "Rail budget approved\nLawmakers in Berlin approved the rail budget on Friday; "
                                + "Chancellor Olaf Scholz called it overdue, according to Reuters."))) {
            PipelineClient.Answer answer = client.post(article);
            assertThat(answer.status()).as("ingest answer %s", answer.body()).isEqualTo(202);
            ids.add(answer.acceptedId().orElseThrow());
        }
        // A rejection too, so the request timer has a 4xx series beside the 202 one.
        assertThat(client.post(Map.of("url", "https://tidewater-post.example/empty", "text", " ")).status())
                .isEqualTo(400);
        for (String id : ids) {
            Await.until(() -> client.stored(id).isPresent(), STORE_TIMEOUT, () -> "article " + id + " stored");
        }
        // One query, so the query timer (and its status tag) exists.
        URI articles = URI.create(pipeline.sinkUrl() + "/v1/articles");
        assertThat(http.send(HttpRequest.newBuilder(articles).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).as("GET %s", articles).isEqualTo(200);
    }

    private String scrape(String service) throws IOException, InterruptedException {
        String portKey = switch (service) {
            case "ingest" -> IngestConfig.PORT;
            case "enrich" -> EnrichConfig.PORT;
            default -> SinkConfig.PORT;
        };
        URI uri = URI.create("http://127.0.0.1:" + pipeline.settings().port(portKey) + "/metrics");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return response.body();
    }

    /**
     * Which target a series comes from is the scraper's to say: Prometheus adds {@code job} and {@code instance},
     * the job's static labels or the Prometheus Operator add {@code service}, {@code pod} and {@code namespace}. A
     * service setting one of them would clash with the scraper's (renamed {@code exported_*}, or overriding it
     * under {@code honor_labels}).
     */
    private static void assertNoSampleSetsTheScrapersLabels(String service, String scrape) {
        Pattern scrapersLabel = Pattern.compile("[{,](job|instance|service|pod|namespace)=\"");
        List<String> clashing = scrape.lines()
                .filter(line -> !line.startsWith("#") && scrapersLabel.matcher(line).find())
                .toList();
        assertThat(clashing).as("%s series setting a label the scraper sets", service).isEmpty();
    }

    @Test
    void namingProblemsFindWrongSuffixesUnitsAndPrefixes() {
        String scrape = """
                # TYPE newsstream_sink_articles_written counter
                # TYPE newsstream_sink_sse_subscribers_total gauge
                # TYPE newsstream_enrich_duration_milliseconds histogram
                # TYPE newsstream_articles_total counter
                # TYPE newsstream_sink_query_seconds histogram
                # TYPE newsstream_ready gauge
                # TYPE jvm_threads_live_threads gauge
                """;

        assertThat(namingProblems(scrape)).containsExactly(
                "newsstream_sink_articles_written: a counter must end in _total",
                "newsstream_sink_sse_subscribers_total: only counters end in _total",
                "newsstream_enrich_duration_milliseconds: not in base units (seconds, bytes)",
                "newsstream_articles_total: must start with newsstream_<ingest|enrich|sink|http>_");
    }

    /**
     * newsstream's own metric families against Prometheus' naming conventions: {@code newsstream_<service>_} (or the
     * shared {@code newsstream_http_} and {@code newsstream_ready}), counters and only counters ending in
     * {@code _total}, base units only. Other families (JVM, Kafka clients, HikariCP) are their libraries' names.
     */
    static List<String> namingProblems(String scrape) {
        Pattern type = Pattern.compile("^# TYPE (newsstream_\\w+) (\\w+)$");
        Pattern prefix = Pattern.compile("^newsstream_((ingest|enrich|sink|http)_[a-z0-9_]+|ready)$");
        Pattern nonBaseUnit = Pattern.compile("_(milliseconds|microseconds|nanoseconds|ms|minutes|hours|kilobytes|"
                + "megabytes|kb|mb|percent)(_|$)");
        List<String> problems = new ArrayList<>();
        for (String line : scrape.lines().toList()) {
            Matcher family = type.matcher(line);
            if (!family.find()) {
                continue;
            }
            String name = family.group(1);
            boolean counter = family.group(2).equals("counter");
            if (counter && !name.endsWith("_total")) {
                problems.add(name + ": a counter must end in _total");
            } else if (!counter && name.endsWith("_total")) {
                problems.add(name + ": only counters end in _total");
            }
            if (nonBaseUnit.matcher(name).find()) {
                problems.add(name + ": not in base units (seconds, bytes)");
            }
            if (!prefix.matcher(name).matches()) {
                problems.add(name + ": must start with newsstream_<ingest|enrich|sink|http>_");
            }
        }
        return problems;
    }

    static Set<String> sampleNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                names.add(sample.group(1));
            }
        }
        return names;
    }

    static Set<String> metricNames(String expr) {
        // Label matchers hold values, not names: drop them before looking for metric names.
        String withoutMatchers = expr.replaceAll("\\{[^}]*}", "");
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC_NAME.matcher(withoutMatchers);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    private static List<String> dashboardExpressions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> expressions = new ArrayList<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collectExpressions(json.readTree(file.toFile()), expressions);
            }
        }
        return expressions;
    }

    /** Panel queries ({@code expr}) and the queries of variables ({@code definition}, e.g. {@code label_values}). */
    private static void collectExpressions(JsonNode node, List<String> expressions) {
        for (String field : List.of("expr", "definition")) {
            if (node.isObject() && node.path(field).isTextual()) {
                expressions.add(node.get(field).asText());
            }
        }
        node.forEach(child -> collectExpressions(child, expressions));
    }

    /** Alert name to expression, for every rule of every group. */
    private static Map<String, String> alertExpressions() throws IOException {
        Map<String, String> expressions = new TreeMap<>();
        for (JsonNode group : new YAMLMapper().readTree(ALERTS.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.has("alert") ? rule.get("alert").asText() : rule.path("record").asText();
                expressions.put(name, rule.path("expr").asText());
            }
        }
        return expressions;
    }
}
