package io.newsstream.lab.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateStancePagesCommandTest {

    private static final String FILE = "xx/Paper_2024_01_01.html.gz";

    @Test
    void scoresTheLabelledPagesAndSaysWhereTheTopicLabelsAre(@TempDir Path dir) throws Exception {
        newsPages(dir, "Mayor Helena Varga opened the new bridge in Lisbon on Monday. Varga thanked the workers.");
        Path labels = Files.writeString(dir.resolve("labels.jsonl"), """
                {"file": "xx/Paper_2024_01_01.html.gz", "target": "climate-action", "label": "NONE", "sentences": []}
                {"file": "xx/Paper_2024_01_01.html.gz", "entity": "Helena Varga", "label": "NEUTRAL", "sentences": [0]}
                """);

        CommandRun run = CommandRun.of(new EvaluateCommand(), "stance-pages", "--data", dir.toString(), "--labels",
                labels.toString(), "--misses");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("real-text stance: 1 labelled pages",
                "topic labels on pages not about the target: 0, on 0 of 1 pages",
                "coverage: ", "of 1 labelled people and organisations");
    }

    @Test
    void aLabelledPageTheDataLacksStopsWithAClearMessage(@TempDir Path dir) throws Exception {
        newsPages(dir, "Mayor Helena Varga opened the new bridge in Lisbon on Monday.");
        Path labels = Files.writeString(dir.resolve("labels.jsonl"),
                "{\"file\": \"yy/Other.html.gz\", \"target\": \"climate-action\", \"label\": \"NONE\", \"sentences\": []}\n");

        CommandRun run = CommandRun.of(new EvaluateCommand(), "stance-pages", "--data", dir.toString(), "--labels",
                labels.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has no page yy/Other.html.gz");
    }

    private static void newsPages(Path dir, String body) throws Exception {
        Files.writeString(dir.resolve("truth.jsonl"), "{\"file\":\"" + FILE + "\",\"url\":\"https://paper.example/a\","
                + "\"title\":\"A bridge opens\",\"body\":\"" + body + "\"}\n");
        Path page = dir.resolve("pages").resolve(FILE);
        Files.createDirectories(page.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write(("<html><body><p>" + body + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }
}
