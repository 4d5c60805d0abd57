package io.newsstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.json.Json;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String PARAGRAPH = "The council voted on Tuesday to close the old bridge to cars, after "
            + "engineers found cracks in two of its supports during a routine inspection last month.";
    private static final String PAGE = "<html><head><title>Bridge closed</title></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge closed</h1><p>" + PARAGRAPH
            + "</p><p>Cyclists may still cross while a study decides whether the bridge can be repaired.</p>"
            + "</article></body></html>";

    @Test
    void printsOneJsonLinePerPageWithTheArticle(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("bridge.html");
        Files.writeString(page, PAGE);

        LauncherRun run = LauncherRun.of("extract", "--url", "https://paper.test/bridge", page.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode line = Json.mapper().readTree(run.out().strip());
        assertThat(line.path("file").asText()).isEqualTo(page.toString());
        assertThat(line.path("title").asText()).isEqualTo("Bridge closed");
        assertThat(line.path("body").asText()).startsWith(PARAGRAPH + "\n\nCyclists may still cross");
        assertThat(line.path("outcome").asText()).isEqualTo("ARTICLE");
        assertThat(line.has("authors") && line.has("publishedAt") && line.has("publisher") && line.has("language")
                && line.has("canonicalUrl")).isTrue();
    }

    @Test
    void readsGzippedPagesNamedInAManifest(@TempDir Path dir) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bridge.html.gz")))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path manifest = dir.resolve("pages.tsv");
        Files.writeString(manifest, "bridge.html.gz\thttps://paper.test/bridge\n");

        LauncherRun run = LauncherRun.of("extract", "--manifest", manifest.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Json.mapper().readTree(run.out().strip()).path("body").asText()).startsWith(PARAGRAPH);
    }

    @Test
    void aMissingFileIsNamedAndTheExitCodeIsOne(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("bridge.html");
        Files.writeString(page, PAGE);
        Path missing = dir.resolve("gone.html");

        LauncherRun run = LauncherRun.of("extract", page.toString(), missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(missing + ": no such file");
        assertThat(run.out().strip().lines()).hasSize(1);
    }

    @Test
    void aBadManifestLineIsNamed(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("pages.tsv");
        Files.writeString(manifest, "# pages\nbridge.html without a tab\n");

        LauncherRun run = LauncherRun.of("extract", "--manifest", manifest.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(manifest + " line 2: expected PATH<TAB>URL");
    }

    @Test
    void evaluateExtractionRefusesAFolderThatIsNoDataSet(@TempDir Path dir) {
        LauncherRun run = LauncherRun.of("evaluate", "extraction", "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("neither ground-truth.json");
    }
}
