package io.newsstream.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.json.Json;
import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.enrich.Enricher;
import io.newsstream.lab.SharedDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One SHA-256 per enriched article over the quote-heavy wire articles, the development sets, the samples and the news
 * pages (scraped text and HTML), so a change meant only to make enrichment cheaper can show that every article's JSON
 * stayed byte for byte the same: run it with the old classes and the new ones and diff the two outputs.
 *
 * <p>The clock is fixed, so {@code enrichedAt} does not differ between runs. Each HTML page is extracted in a fresh
 * enricher, because the extraction of a few pages has been seen to depend on the pages extracted before it.
 *
 * <p>Run with the classpath of {@link EnrichmentBenchmark}: {@code java -cp ... io.newsstream.lab.bench.EnrichedOutputDigest
 * [DEVSET_DIR]} (the development sets default to {@code lab/src/test/resources/devset}); prints
 * {@code source<TAB>sha256} lines, then the count.
 */
public final class EnrichedOutputDigest {

    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    /** One article to enrich, named so two runs can be compared line by line. */
    record Input(String source, RawArticle article) {
    }

    private EnrichedOutputDigest() {
    }

    public static void main(String[] args) throws IOException {
        Path devset = Path.of(args.length > 0 ? args[0] : "lab/src/test/resources/devset");
        List<Input> inputs = inputs(devset);
        Enricher enricher = Enricher.builder().clock(FIXED).build();
        PrintStream out = System.out;
        for (Input input : inputs) {
            Enricher used = input.article().html() != null ? Enricher.builder().clock(FIXED).build() : enricher;
            EnrichedArticle enriched = used.enrich(input.article());
            out.println(input.source() + "\t" + sha256(Json.mapper().writeValueAsBytes(enriched)));
        }
        out.println(inputs.size() + " articles");
    }

    static List<Input> inputs(Path devset) throws IOException {
        List<Input> inputs = new ArrayList<>();
        // The wire articles of the JMH enrichment benchmark, made the same way.
        List<Map<String, String>> wire = SyntheticArticles.generate(200, 42, "jmh");
        for (int i = 0; i < wire.size(); i++) {
            inputs.add(new Input("wire/" + i, raw(null, headlineAndText(wire.get(i)), null)));
        }
        for (String file : List.of("articles.jsonl", "stance-articles.jsonl")) {
            List<String> lines = Files.readAllLines(devset.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    JsonNode node = Json.mapper().readTree(lines.get(i));
                    inputs.add(new Input("devset/" + file + "/" + (i + 1), new RawArticle(
                            ArticleIds.of(textOrNull(node, "url"), node.path("text").asText()), textOrNull(node, "url"),
                            null, node.path("text").asText(), textOrNull(node, "outletHint"), null, null,
                            Instant.EPOCH, Channel.FILE, null)));
                }
            }
        }
        Path datasets = SharedDatasets.root().orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        for (Path sample : files(datasets.resolveSibling("samples"), ".txt")) {
            inputs.add(new Input("samples/" + sample.getFileName(), raw(null, Files.readString(sample), null)));
        }
        Path pages = datasets.resolve("news-pages");
        for (Path text : files(pages.resolve("text"), ".txt")) {
            inputs.add(new Input("text/" + pages.relativize(text), raw(null, Files.readString(text), null)));
        }
        for (Path page : files(pages.resolve("pages"), ".html.gz")) {
            String html = HtmlDecoder.decode(gunzip(page), null);
            inputs.add(new Input("page/" + pages.relativize(page), raw(null, null, html)));
        }
        return inputs;
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }

    private static String headlineAndText(Map<String, String> article) {
        return article.get("title") + "\n\n" + article.get("text");
    }

    private static RawArticle raw(String url, String text, String html) {
        return new RawArticle(ArticleIds.of(url, text != null ? text : html), url, null, text, null, null, null,
                Instant.EPOCH, Channel.FILE, null, html);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> found = Files.walk(dir)) {
            return found.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
