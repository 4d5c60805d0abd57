package io.newsstream.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.ingest.ArticleIngestor;
import io.newsstream.ingest.ArticleValidator;
import io.newsstream.ingest.IngestMetrics;
import io.newsstream.ingest.KafkaUnavailableException;
import io.newsstream.ingest.MutableClock;
import io.newsstream.ingest.ScriptedPublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderTest {

    private static final String TWO_ARTICLES = """
            {"url": "https://quay-weekly.example/regatta", "title": "Regatta cancelled", "text": "Strong winds cancelled the regatta."}
            {"text": "The lighthouse gets a new lamp next spring."}
            """;

    @TempDir
    Path dir;

    private final ScriptedPublisher publisher = new ScriptedPublisher();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ArticleIngestor ingestor = new ArticleIngestor(
            new ArticleValidator(new MutableClock(Instant.parse("2025-03-03T08:00:00Z")), 1024 * 1024),
            publisher, Duration.ofSeconds(5), new IngestMetrics(registry));

    @Test
    void fileIsReadOnlyOnceItStoppedGrowing() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        Path file = Files.writeString(dir.resolve("harbour.ndjson"), TWO_ARTICLES.lines().findFirst().orElseThrow() + "\n");

        int firstScan = folder.scan();
        Files.writeString(file, TWO_ARTICLES);
        int whileGrowing = folder.scan();
        int settled = folder.scan();

        assertThat(firstScan).isZero();
        assertThat(whileGrowing).isZero();
        assertThat(settled).isEqualTo(1);
        assertThat(publisher.published).extracting(RawArticle::channel).containsExactly(Channel.FILE, Channel.FILE);
        assertThat(dir.resolve("done/harbour.ndjson")).exists();
        assertThat(file).doesNotExist();
    }

    @Test
    void everyFormatIsReadAndFilesAreHandledOldestFirst() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        write("c-note.txt", "Council meets on Thursday\nThe harbour council meets on Thursday evening.", "2025-03-03T07:03:00Z");
        write("a-single.json", "{\"text\": \"Gulls nest on the old pier again.\"}", "2025-03-03T07:01:00Z");
        writeGzip("b-batch.jsonl.gz", TWO_ARTICLES, "2025-03-03T07:02:00Z");

        folder.scan();
        folder.scan();

        assertThat(publisher.published).extracting(RawArticle::text).containsExactly(
                "Gulls nest on the old pier again.",
                "Strong winds cancelled the regatta.",
                "The lighthouse gets a new lamp next spring.",
                "The harbour council meets on Thursday evening.");
        assertThat(publisher.published.get(3).title()).isEqualTo("Council meets on Thursday");
        assertThat(dir.resolve("done")).isDirectoryContaining("glob:**/b-batch.jsonl.gz");
    }

    @Test
    void htmlPagesAreReadWholeWithTheirCanonicalUrlAndGzippedOnesToo() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        String canonical = "<html><head><link rel=\"canonical\" href=\"https://quay-weekly.example/regatta\">"
                + "<title>Regatta cancelled</title></head><body><p>Strong winds cancelled the regatta.</p></body></html>";
        String bare = "<html><body><p>The lighthouse gets a new lamp next spring.</p></body></html>";
        write("a-regatta.html", canonical, "2025-03-03T07:01:00Z");
        writeGzip("b-lighthouse.htm.gz", bare, "2025-03-03T07:02:00Z");

        folder.scan();
        folder.scan();

        assertThat(publisher.published).extracting(RawArticle::html).containsExactly(canonical, bare);
        assertThat(publisher.published).extracting(RawArticle::url).containsExactly("https://quay-weekly.example/regatta", null);
        assertThat(publisher.published.get(0).id()).isEqualTo(ArticleIds.of("https://quay-weekly.example/regatta", ""));
        assertThat(publisher.published.get(1).id()).isEqualTo(ArticleIds.ofPage(null, bare));
        assertThat(dir.resolve("done")).isDirectoryContaining("glob:**/a-regatta.html").isDirectoryContaining("glob:**/b-lighthouse.htm.gz");
    }

    @Test
    void aBinaryHtmlFileGoesToFailedWithTheReasonNamingTheField() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        byte[] binary = new byte[2048];
        new java.util.Random(3).nextBytes(binary);
        Path file = Files.write(dir.resolve("photo.html"), binary);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-03T07:00:00Z")));

        folder.scan();
        folder.scan();

        assertThat(publisher.published).isEmpty();
        assertThat(Files.readString(dir.resolve("failed/photo.html.error"))).contains("html ");
    }

    @Test
    void fileWithRejectedLinesGoesToFailedWithAnErrorFileAndKeepsTheAcceptedOnes() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        write("mixed.ndjson", """
                {"text": "Ferry fares rise by five percent."}
                {"text": ""}
                not json at all
                """, "2025-03-03T07:00:00Z");

        folder.scan();
        folder.scan();

        assertThat(publisher.published).extracting(RawArticle::id)
                .containsExactly(ArticleIds.of(null, "Ferry fares rise by five percent."));
        assertThat(dir.resolve("failed/mixed.ndjson")).exists();
        String errors = Files.readString(dir.resolve("failed/mixed.ndjson.error"));
        assertThat(errors).contains("1 article(s) accepted").contains("line 2: text is empty").contains("line 3: line 3: not valid JSON");
    }

    @Test
    void unsupportedFileGoesToFailedSayingWhy() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        write("photo.jpg", "not an article", "2025-03-03T07:00:00Z");

        folder.scan();
        folder.scan();

        assertThat(Files.readString(dir.resolve("failed/photo.jpg.error"))).contains("unsupported file type");
    }

    @Test
    void fileStaysUntilKafkaAcknowledgesAndIsSentAgainAfterARestart() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        write("harbour.ndjson", TWO_ARTICLES, "2025-03-03T07:00:00Z");
        publisher.failAll(new NotLeaderOrFollowerException("leader moved"));
        folder.scan();

        assertThatThrownBy(folder::scan).isInstanceOf(KafkaUnavailableException.class);
        assertThat(dir.resolve("harbour.ndjson")).exists();

        publisher.acknowledgeAll();
        DropFolder restarted = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        restarted.scan();
        restarted.scan();

        assertThat(dir.resolve("done/harbour.ndjson")).exists();
        // Sent twice under the same ids: Kafka keys make the second copy harmless.
        assertThat(publisher.published).extracting(RawArticle::id).containsExactly(
                ArticleIds.of("https://quay-weekly.example/regatta", ""), ArticleIds.of(null, "The lighthouse gets a new lamp next spring."),
                ArticleIds.of("https://quay-weekly.example/regatta", ""), ArticleIds.of(null, "The lighthouse gets a new lamp next spring."));
    }

    @Test
    void refixedFileDroppedAgainIsNotOverwrittenInTheFailedFolder() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        write("notes.txt", "", "2025-03-03T07:00:00Z");
        folder.scan();
        folder.scan();
        write("notes.txt", "   ", "2025-03-03T07:05:00Z");

        folder.scan();
        folder.scan();

        assertThat(dir.resolve("failed/notes.txt")).exists();
        assertThat(dir.resolve("failed/notes-1.txt")).exists();
        assertThat(dir.resolve("failed/notes-1.txt.error")).exists();
    }

    @Test
    void partialAndHiddenFilesAreLeftAlone() throws Exception {
        DropFolder folder = new DropFolder(dir, ingestor, DropFolder.MAX_FILE_BYTES);
        write("upload.ndjson.part", TWO_ARTICLES, "2025-03-03T07:00:00Z");
        write(".editor-swap.json", "{}", "2025-03-03T07:00:00Z");

        folder.scan();
        folder.scan();

        assertThat(dir.resolve("upload.ndjson.part")).exists();
        assertThat(dir.resolve(".editor-swap.json")).exists();
        assertThat(publisher.published).isEmpty();
    }

    private void write(String name, String content, String modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }

    private void writeGzip(String name, String content, String modified) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }
}
