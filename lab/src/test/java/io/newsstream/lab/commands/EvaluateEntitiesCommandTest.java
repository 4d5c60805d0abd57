package io.newsstream.lab.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateEntitiesCommandTest {

    @Test
    void scoresEachTypeOnAPageAndListsMisses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("truth.jsonl"), "{\"file\":\"xx/Paper_2024_01_01.html.gz\",\"body\":"
                + "\"Mayor Helena Varga opened the new bridge in Lisbon on Monday. Varga thanked the workers.\"}\n");
        Files.writeString(dir.resolve("entities.jsonl"), "{\"file\":\"xx/Paper_2024_01_01.html.gz\",\"language\":\"en\","
                + "\"persons\":[\"Helena Varga\"],\"orgs\":[\"Lisbon City Council\"],\"locations\":[\"Lisbon\"]}\n");

        CommandRun run = CommandRun.of(new EvaluateCommand(), "entities", "--data", dir.toString(), "--misses");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PERSON precision 1.000 (1 of 1 found) recall 1.000 (1 of 1)",
                "LOCATION precision 1.000 (1 of 1 found) recall 1.000 (1 of 1)",
                "xx/Paper_2024_01_01.html.gz\tORG\tmissed\tLisbon City Council");
    }

    @Test
    void aFolderWithoutTheLabelsStopsWithAClearMessage(@TempDir Path dir) {
        CommandRun run = CommandRun.of(new EvaluateCommand(), "entities", "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("holds no truth.jsonl and entities.jsonl");
    }
}
