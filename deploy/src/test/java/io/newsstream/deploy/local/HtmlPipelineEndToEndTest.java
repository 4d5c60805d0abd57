package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Extraction;
import io.newsstream.core.json.Json;
import io.newsstream.lab.SharedDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web pages through the whole pipeline (embedded Kafka, embedded PostgreSQL): posted as {@code text/html}, carried
 * raw on articles.raw, extracted in enrich, and read back from the sink as clean articles. Real pages come from the
 * shared {@code news-pages} data, read at test time and never copied here; the extractor's exact quality is measured
 * elsewhere, so only what every page must get is asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlPipelineEndToEndTest {

    /** Real pages posted: the first lines of the data set's truth file, so the choice is fixed and unfitted. */
    private static final int REAL_PAGES = 3;

    @TempDir
    static Path dataDir;

    private EndToEndPipeline running;
    private PipelineClient client;

    @BeforeAll
    void startPipeline() throws Exception {
        running = EndToEndPipeline.start(dataDir);
        client = running.client();
    }

    @AfterAll
    void stopPipeline() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void aSmallPageComesBackAsAnArticleWithItsTitleAndBody() throws Exception {
        String page = """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <title>Harbour reopens after the storm</title></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens after the storm</h1>
                <p>The harbour of Lindmoor reopened on Tuesday, three days after the storm closed it to ships.</p>
                <p>Dock workers cleared the quays overnight, the port authority said, and the first ships docked at noon.</p>
                <p>The storm had torn two cranes from their rails and flooded the warehouses by the eastern quay.</p>
                </article></body></html>
                """;

        PipelineClient.Answer answer = client.postPage(page.getBytes(StandardCharsets.UTF_8), "https://lindmoor-gazette.example/harbour");
        assertThat(answer.status()).as("ingest answer %s", answer.body()).isEqualTo(202);

        EnrichedArticle stored = running.awaitStored(answer.acceptedId().orElseThrow());
        assertThat(stored.title()).isEqualTo("Harbour reopens after the storm");
        assertThat(stored.body()).contains("reopened on Tuesday").doesNotContain("<p>");
        assertThat(stored.extraction().source()).isEqualTo(Extraction.Source.HTML);
        assertThat(stored.extraction().outcome()).isEqualTo(Extraction.Outcome.ARTICLE);
        assertThat(stored.text()).as("the raw page stays on articles.raw").isNull();
    }

    @Test
    void aPageWithoutArticleIsStoredWithAnEmptyBodyAndTheReasonNotDropped() throws Exception {
        String page = "<html><head><title>Lindmoor Gazette</title><script>var menu = [];</script></head><body></body></html>";

        PipelineClient.Answer answer = client.postPage(page.getBytes(StandardCharsets.UTF_8), "https://lindmoor-gazette.example/");
        assertThat(answer.status()).as("ingest answer %s", answer.body()).isEqualTo(202);

        EnrichedArticle stored = running.awaitStored(answer.acceptedId().orElseThrow());
        assertThat(stored.body()).isEmpty();
        assertThat(stored.extraction().outcome()).isNotEqualTo(Extraction.Outcome.ARTICLE);
        assertThat(stored.extraction().reason()).isNotBlank();
    }

    @Test
    void realPagesFromTheSharedDataComeBackWithABodyAndTheirTitle() throws Exception {
        Optional<Path> data = SharedDatasets.find("news-pages");
        Assumptions.assumeTrue(data.isPresent(), SharedDatasets.ABSENT);
        List<String> lines = Files.readAllLines(data.get().resolve("truth.jsonl")).stream()
                .filter(line -> !line.isBlank()).limit(REAL_PAGES).toList();
        assertThat(lines).hasSize(REAL_PAGES);

        for (String line : lines) {
            JsonNode truth = Json.mapper().readTree(line);
            byte[] html = gunzip(data.get().resolve("pages").resolve(truth.get("file").asText()));

            PipelineClient.Answer answer = client.postPage(html, truth.get("url").asText());
            assertThat(answer.status()).as("ingest answer for %s: %s", truth.get("file"), answer.body()).isEqualTo(202);

            EnrichedArticle stored = running.awaitStored(answer.acceptedId().orElseThrow());
            assertThat(stored.extraction().source()).as(truth.get("file").asText()).isEqualTo(Extraction.Source.HTML);
            assertThat(stored.body()).as("body of %s", truth.get("file")).isNotBlank();
            assertThat(stored.wordCount()).isGreaterThan(50);
            // The page's title, maybe with the site's name around it while the extractor improves.
            assertThat(words(stored.title())).as("title of %s", truth.get("file")).contains(words(truth.get("title").asText()));
        }
    }

    private static String words(String title) {
        return title == null ? "" : String.join(" ", title.toLowerCase(Locale.ROOT).split("\\s+")).strip();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

}
