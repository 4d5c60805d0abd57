package io.newsstream.lab.bench;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.json.Json;
import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.enrich.Enricher;
import io.newsstream.lab.SharedDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Prints one SHA-256 per enriched article (its JSON, enriched at a fixed instant) over the wire articles of
 * {@link EnrichmentBenchmark}, the development set, the bundled samples and the shared data's samples, news-pages
 * texts and pages, so a change meant only to make enrichment cheaper can show that no article's output moved: run it
 * on the code before and after and {@code diff} the two listings.
 *
 * <p>Run after building the lab's test classes (see {@link EnrichmentBenchmark}): {@code java -cp
 * lab/target/test-classes:lab/target/classes:$(cat /tmp/cp.txt) io.newsstream.lab.bench.EnrichedOutputDigest >
 * after.txt}.
 */
public final class EnrichedOutputDigest {

    private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

    private EnrichedOutputDigest() {
    }

    public static void main(String[] args) throws IOException {
        Enricher enricher = Enricher.builder().clock(Clock.fixed(FIXED, ZoneOffset.UTC)).build();
        Map<String, RawArticle> articles = new LinkedHashMap<>();
        List<RawArticle> wire = EnrichmentBenchmark.wireArticles();
        for (int i = 0; i < wire.size(); i++) {
            articles.put("wire/" + i, wire.get(i));
        }
        for (String resource : List.of("/devset/articles.jsonl", "/devset/stance-articles.jsonl")) {
            List<String> lines = resourceLines(resource);
            for (int i = 0; i < lines.size(); i++) {
                articles.put(resource + "/" + i, text(Json.mapper().readTree(lines.get(i)).path("text").asText()));
            }
        }
        for (Path file : files(Path.of("deploy/src/main/resources/samples"), ".txt")) {
            articles.put(file.toString(), text(Files.readString(file)));
        }
        Path datasets = SharedDatasets.root().orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        for (Path file : files(datasets.resolveSibling("samples"), ".txt")) {
            articles.put(file.getFileName().toString(), text(Files.readString(file)));
        }
        for (Path file : files(datasets.resolve("news-pages/text"), ".txt")) {
            articles.put(datasets.relativize(file).toString(), text(Files.readString(file)));
        }
        for (Path file : files(datasets.resolve("news-pages/pages"), ".html.gz")) {
            articles.put(datasets.relativize(file).toString(), page(file));
        }
        MessageDigest all = sha256();
        for (Map.Entry<String, RawArticle> article : articles.entrySet()) {
            byte[] json = Json.mapper().writeValueAsBytes(enricher.enrich(article.getValue()));
            all.update(json);
            System.out.println(article.getKey() + " " + HexFormat.of().formatHex(sha256().digest(json)));
        }
        System.out.println("all " + articles.size() + " " + HexFormat.of().formatHex(all.digest()));
    }

    private static RawArticle text(String text) {
        return new RawArticle(ArticleIds.of(null, text), null, null, text, null, null, null, FIXED, Channel.FILE, null);
    }

    private static RawArticle page(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String html = HtmlDecoder.decode(in.readAllBytes(), null);
            return new RawArticle(ArticleIds.of(null, html), null, null, null, null, null, null, FIXED, Channel.FILE,
                    null, html);
        }
    }

    private static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = EnrichedOutputDigest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
