package io.newsstream.lab.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainTaggerCommandTest {

    @Test
    void aFolderWithoutTheTrainingFilesStopsWithTheMissingFile(@TempDir Path dir) {
        CommandRun run = CommandRun.of(new TrainCommand(), "tagger", "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("en_pud-test.iob2: no such file");
    }
}
