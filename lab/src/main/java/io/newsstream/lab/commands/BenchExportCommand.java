package io.newsstream.lab.commands;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.lab.bench.CsvRowCounter;
import io.newsstream.lab.bench.EnrichedSyntheticArticles;
import io.newsstream.lab.bench.HeapSampler;
import io.newsstream.lab.bench.TempDirectories;
import io.newsstream.sink.SinkRoutes;
import io.newsstream.sink.query.QueryMetrics;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.store.Database;
import io.newsstream.sink.store.EmbeddedDatabase;
import io.newsstream.sink.stream.LiveFeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream bench-export}: how fast the sink streams a large CSV export, and whether its heap stays flat. */
@Command(name = "bench-export", mixinStandardHelpOptions = true,
        description = {
            "Benchmark GET /v1/articles/export on this machine.",
            "",
            "Enriches --distinct synthetic 3-5 KB articles with enrich's steps (not",
            "timed), stores them with the sink's ArticleStore in an embedded",
            "PostgreSQL, copies them in SQL to --articles rows (new ids, spread over",
            "days), serves the sink's API over it and downloads the whole export as",
            "CSV over HTTP: the newest tenth once, then all rows --runs times.",
            "Prints rows/s and MB/s per run, and the heap in use after a full GC",
            "before and after each run, and at most while it ran (sampled every",
            "50 ms).",
            "",
            "Client and server share the process and the cores.",
            ""
        })
public final class BenchExportCommand implements Callable<Integer> {

    // Each stored article again under new ids: a copy's id is its number in hex, its time a day further back.
    private static final String COPY = """
            INSERT INTO articles (id, url, title, publisher, publisher_id, language, channel, published_at,
                                  received_at, enriched_at, enricher_version, document)
            SELECT lpad(to_hex(copy.n * 100000 + a.store_seq), 32, '0'), a.url, a.title, a.publisher, a.publisher_id,
                   a.language, a.channel, a.received_at - copy.n * interval '1 minute', a.received_at, a.enriched_at,
                   a.enricher_version,
                   a.document || jsonb_build_object('id', lpad(to_hex(copy.n * 100000 + a.store_seq), 32, '0'))
            FROM articles a, generate_series(1, ?) AS copy (n)
            WHERE a.id = ANY (?)
            """;

    @Option(names = "--articles", defaultValue = "100000", description = "Rows exported (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--distinct", defaultValue = "1000", description = "Distinct articles enriched, then copied (default: ${DEFAULT-VALUE}).")
    int distinct;

    @Option(names = "--runs", defaultValue = "3", description = "Exports of all rows, after one of the newest tenth (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if (articles % distinct != 0) {
            throw new IllegalArgumentException("--articles must be a multiple of --distinct");
        }
        Path dir = Files.createTempDirectory("newsstream-bench-export");
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dir.resolve("postgres"));
             Database database = Database.using(postgres.dataSource())) {
            fill(database);
            ServiceMetrics metrics = new ServiceMetrics();
            try (LiveFeed feed = new LiveFeed(metrics.registry(), 10);
                 ServiceHttpServer server = ServiceHttpServer.start("sink", "127.0.0.1", 0, metrics,
                         () -> Readiness.Status.ready("bench"), SinkRoutes.all(database.dataSource(),
                                 new ArticleStore(database.dataSource()), feed, new QueryMetrics(metrics.registry()),
                                 Duration.ofSeconds(15)))) {
                HttpClient http = HttpClient.newHttpClient();
                String all = "http://127.0.0.1:" + server.port() + "/v1/articles/export?format=csv";
                out.printf("%-10s %9s %9s %10s %8s %15s %15s %15s%n", "export", "rows", "seconds", "rows/s", "MB/s",
                        "heap before MB", "heap peak MB", "heap after MB");
                // The newest tenth first: if memory grew with the rows, its peak would be a tenth of the others'.
                measure(http, all + "&since=" + newestTenthSince(database), "tenth");
                for (int run = 1; run <= runs; run++) {
                    measure(http, all, "all " + run);
                }
            }
        } finally {
            TempDirectories.deleteQuietly(dir);
        }
        return 0;
    }

    private void fill(Database database) throws SQLException {
        out.printf("Enriching %,d synthetic articles with enrich's steps (not timed)...%n", distinct);
        out.flush();
        List<EnrichedArticle> enriched = EnrichedSyntheticArticles.generate(distinct, 17, "export");
        new ArticleStore(database.dataSource()).upsert(enriched);
        out.printf("Copying them to %,d rows in SQL...%n", articles);
        out.flush();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement copy = connection.prepareStatement(COPY)) {
            copy.setInt(1, articles / distinct - 1);
            copy.setArray(2, connection.createArrayOf("text", enriched.stream().map(EnrichedArticle::id).toArray()));
            copy.executeUpdate();
            connection.createStatement().execute("VACUUM ANALYZE articles");
        }
    }

    private String newestTenthSince(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT listed_at FROM articles ORDER BY listed_at DESC, id DESC OFFSET ? LIMIT 1")) {
            select.setInt(1, articles / 10 - 1);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getObject(1, OffsetDateTime.class).toInstant().toString();
            }
        }
    }

    private void measure(HttpClient http, String url, String label) throws IOException, InterruptedException {
        long before = HeapSampler.usedAfterGc();
        try (HeapSampler sampler = HeapSampler.start(Duration.ofMillis(50))) {
            long started = System.nanoTime();
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            CsvRowCounter counter = new CsvRowCounter();
            try (InputStream body = response.body()) {
                counter.count(body);
            }
            long elapsed = System.nanoTime() - started;
            long rows = counter.rows() - 1;
            long bytes = counter.bytes();
            long after = HeapSampler.usedAfterGc();
            double seconds = elapsed / 1e9;
            out.printf("%-10s %,9d %9.2f %,10.0f %8.1f %16.1f %16.1f %16.1f%n", label, rows, seconds,
                    rows / seconds, bytes / 1e6 / seconds, before / 1e6, sampler.peak() / 1e6, after / 1e6);
            out.flush();
        }
    }

}
