package io.newsstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static LauncherRun run(String... args) {
        return LauncherRun.of(args);
    }

    @Test
    void helpListsEveryCommandAndHowConfigurationWorks() {
        LauncherRun run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("local", "ingest", "enrich", "sink", "NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void localHelpDescribesItsOptions() {
        LauncherRun run = run("local", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--fresh", "--exit", "--kafka-port", "--data-dir", "--config");
    }

    @Test
    void aMisspeltSettingStopsTheSinkWithOneLineNamingTheRightKey(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sink.properties");
        Files.writeString(config, "sink.jdbc.ur=jdbc:postgresql://db:5432/news\n");

        LauncherRun run = run("sink", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList())
                .containsExactly("newsstream sink: unknown setting sink.jdbc.ur; did you mean sink.jdbc.url?");
    }

    @Test
    void enrichFilePrintsOneEnrichedArticlePerLineAndNamesBadLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two.ndjson");
        Files.writeString(file, "{\"text\":\"Ministers meet in Kyiv\\nForeign ministers met in Kyiv on Monday.\"}\n"
                + "{\"text\":\"   \"}\n");

        LauncherRun run = run("enrich-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        EnrichedArticle article = Json.mapper().readValue(lines.get(0), EnrichedArticle.class);
        assertThat(article.title()).isEqualTo("Ministers meet in Kyiv");
        assertThat(article.entities()).extracting(e -> e.name()).contains("Kyiv");
        assertThat(run.err()).contains("two.ndjson:2", "text is empty");
    }

    @Test
    void feedDryRunChecksAnHtmFileWithIngestsRulesAndNamesTheFileOfABadOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ministers.htm"), "<html><head><title>Ministers meet in Kyiv</title></head>"
                + "<body><p>Foreign ministers met in Kyiv on Monday.</p></body></html>");
        Files.write(dir.resolve("broken.html"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});

        LauncherRun run = run("feed", "--dry-run", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("broken.html:1", "html").doesNotContain("ministers.htm:1");
    }

    @Test
    void enrichFileExtractsAPage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ministers.html");
        Files.writeString(file, "<html><head><title>Ministers meet in Kyiv</title></head>"
                + "<body><article><p>Foreign ministers met in Kyiv on Monday to agree on the next steps of the reconstruction fund.</p>"
                + "<p>The ministers of twelve countries signed a statement on the funding of schools and hospitals in the east.</p>"
                + "<p>A second meeting is planned for the autumn, when the first projects are due to report.</p></article></body></html>");

        LauncherRun run = run("enrich-file", file.toString());

        assertThat(run.exitCode()).isZero();
        EnrichedArticle article = Json.mapper().readValue(run.out().lines().findFirst().orElseThrow(), EnrichedArticle.class);
        assertThat(article.title()).isEqualTo("Ministers meet in Kyiv");
        assertThat(article.body()).contains("Foreign ministers met in Kyiv on Monday");
        assertThat(article.extraction().source()).isEqualTo(io.newsstream.core.article.Extraction.Source.HTML);
    }

    @Test
    void evaluateEntityStanceScoresAFileAndEndsWithMacroF1(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sentences.jsonl");
        Files.writeString(file, "{\"polarity\": -1, \"from\": 20, \"to\": 31, \"sentence\": "
                + "\"Prosecutors charged Hal Brenner with fraud and bribery.\"}\n"
                + "{\"polarity\": 0, \"from\": 0, \"to\": 11, \"sentence\": \"Hal Brenner will speak on Tuesday.\"}\n");

        LauncherRun run = run("evaluate", "entity-stance", "--data", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("examples: 2", "accuracy:", "NEGATIVE").containsPattern("(?m)^macro-F1: [01]\\.\\d{3}$");
    }

    @Test
    void labCommandsKeepTheirNamesAndTheBenchmarksTheirOptions() {
        assertThat(run("--help").out()).contains("evaluate", "train", "bench-ingest", "bench-pipeline");
        assertThat(run("evaluate", "--help").out()).contains("enrichment", "stance", "entity-stance", "extraction",
                "entities");
        assertThat(run("evaluate", "portrayal", "--help").exitCode()).isZero();
        assertThat(run("train", "entity-stance", "--help").out()).contains("--data", "--out");
        assertThat(run("bench-pipeline", "--help").out()).contains("--articles", "--rate", "--max-in-flight",
                "--skip-sink", "--skip-pipeline", "--setting");
        assertThat(run("bench-ingest", "--help").out()).contains("--single-articles", "--batch-size", "--threads");
    }

    @Test
    void evaluateEntityStanceNamesTheFileAndLineOfABadLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"polarity\": 0, \"from\": 0, \"to\": 3, \"sentence\": \"Ann spoke.\"}\n"
                + "{\"polarity\": 5, \"from\": 0, \"to\": 3, \"sentence\": \"Ann spoke.\"}\n");

        LauncherRun run = run("evaluate", "entity-stance", "--data", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.jsonl line 2", "polarity");
    }

    @Test
    void unknownCommandFailsWithAMessage() {
        LauncherRun run = run("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }
}
