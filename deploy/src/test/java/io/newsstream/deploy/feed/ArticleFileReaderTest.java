package io.newsstream.deploy.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void plainTextFileIsOneArticleWithItsFirstLineAsTitle() throws IOException {
        Path file = write("a.txt", "\nHarbour strike ends\nDock workers in Rotterdam returned on Friday.\nTalks continue.\n");
        List<FeedItem> items = ArticleFileReader.read(file);
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.article().path("title").asText()).isEqualTo("Harbour strike ends");
            assertThat(item.article().path("text").asText()).isEqualTo("Dock workers in Rotterdam returned on Friday.\nTalks continue.");
            assertThat(item.location()).endsWith("a.txt:1");
        });
    }

    @Test
    void ndjsonBadLinesAreReportedWithTheirLineNumbers() throws IOException {
        Path file = write("batch.ndjson", "{\"text\":\"one\"}\n\n{\"text\": \"two\"\n[1,2]\n{\"text\":\"four\"}\n");
        List<FeedItem> items = ArticleFileReader.read(file);
        assertThat(items).extracting(FeedItem::line).containsExactly(1, 3, 4, 5);
        assertThat(items).extracting(FeedItem::readable).containsExactly(true, false, false, true);
        assertThat(items.get(1).problem()).startsWith("not valid JSON at column");
        assertThat(items.get(2).problem()).isEqualTo("expected a JSON object");
    }

    @Test
    void jsonFileHoldsOneArticleOrAnArray() throws IOException {
        assertThat(ArticleFileReader.read(write("one.json", "{\"text\":\"solo\"}"))).singleElement()
                .satisfies(item -> assertThat(item.article().path("text").asText()).isEqualTo("solo"));
        List<FeedItem> array = ArticleFileReader.read(write("many.json", "[{\"text\":\"a\"}, 7, {\"text\":\"c\"}]"));
        assertThat(array).extracting(FeedItem::readable).containsExactly(true, false, true);
        assertThat(array.get(1).problem()).contains("array element 2");
    }

    @Test
    void aPageFileIsOneArticleWithItsWholeHtmlAndItsCanonicalUrl() throws IOException {
        String page = "<html><head><meta charset=\"windows-1252\"><link rel=canonical href='https://quay.example/caf%C3%A9'>"
                + "</head><body><p>Caf\u00e9 reopens.</p></body></html>";
        Path file = dir.resolve("cafe.htm");
        Files.write(file, page.getBytes("windows-1252"));

        assertThat(ArticleFileReader.read(file)).singleElement().satisfies(item -> {
            assertThat(item.article().path("html").asText()).isEqualTo(page);
            assertThat(item.article().path("url").asText()).isEqualTo("https://quay.example/caf%C3%A9");
            assertThat(item.article().has("text")).isFalse();
        });
    }

    @Test
    void gzippedFilesAreReadLikeTheirPlainSelves() throws IOException {
        Path file = dir.resolve("b.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"text\":\"zipped one\"}\n{\"text\":\"zipped two\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ArticleFileReader.read(file)).extracting(i -> i.article().path("text").asText())
                .containsExactly("zipped one", "zipped two");
    }

    @Test
    void unsupportedOrCorruptFilesBecomeRejectionsNotCrashes() throws IOException {
        assertThat(ArticleFileReader.read(write("notes.md", "# hi"))).singleElement()
                .satisfies(item -> assertThat(item.problem()).startsWith("unsupported file type"));
        assertThat(ArticleFileReader.read(write("broken.txt.gz", "not gzip at all"))).singleElement()
                .satisfies(item -> assertThat(item.problem()).startsWith("cannot read file"));
    }

    @Test
    void foldersAreSearchedRecursivelyForSupportedFilesInAStableOrder() throws IOException {
        write("z/deep/c.ndjson", "{\"text\":\"c\"}");
        write("z/a.txt", "A\nbody");
        write("z/skip.pdf", "%PDF");
        write("z/.hidden.txt", "H\nbody");
        assertThat(ArticleFiles.find(List.of(dir.resolve("z"))))
                .extracting(p -> dir.resolve("z").relativize(p).toString())
                .containsExactly("a.txt", "deep/c.ndjson");
    }
}
