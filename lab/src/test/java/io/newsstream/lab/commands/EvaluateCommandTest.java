package io.newsstream.lab.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(new EvaluateCommand(), args);
    }

    private static final String EDITORIAL = "{\"id\":\"t-1\",\"text\":\"Editorial: Keep the pressure on\\n"
            + "Governments should tighten the sanctions on Russia and close the loopholes.\","
            + "\"gold\":{\"stances\":[{\"target\":\"sanctions-russia\",\"label\":\"FAVOR\",\"speakers\":[]}]}}\n";

    @Test
    void stanceScoresTopicAndSpeakerAccuracyAndListsMisses(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("set.jsonl");
        Files.writeString(data, EDITORIAL
                + "{\"id\":\"t-2\",\"text\":\"Rail strike ends\\nDrivers went back to work on Monday.\","
                + "\"gold\":{\"stances\":[{\"target\":\"trade-tariffs\",\"label\":\"NEUTRAL\",\"speakers\":"
                + "[{\"entity\":\"Ana Ruiz\",\"label\":\"FAVOR\"}]}]}}\n");

        CommandRun run = run("stance", "--data", data.toString(), "--misses");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("articles: 2", "topic-stance accuracy:   0.500  (1 of 2",
                "speaker accuracy:        0.000  (0 of 1", "t-2 trade-tariffs: (none) (gold NEUTRAL)",
                "t-2 trade-tariffs speaker Ana Ruiz: (none) (gold FAVOR)");
    }

    @Test
    void userTargetsFromTheConfigurationAreUsed(@TempDir Path dir) throws Exception {
        Path targets = dir.resolve("targets");
        Files.createDirectories(targets);
        Files.writeString(targets.resolve("rail.targets"), "[rail-strikes]\nname: Rail strikes\nterms: rail strike\n");
        Path config = dir.resolve("newsstream.properties");
        Files.writeString(config, "enrich.stance.targets=" + targets + "\n");
        Path data = dir.resolve("set.jsonl");
        Files.writeString(data, "{\"id\":\"t-3\",\"text\":\"Rail strike ends\\nThe rail strike ended on Monday.\","
                + "\"gold\":{\"stances\":[{\"target\":\"rail-strikes\",\"label\":\"NEUTRAL\",\"speakers\":[]}]}}\n");

        CommandRun run = run("stance", "--data", data.toString(), "--config", config.toString());

        assertThat(run.out()).contains("topic-stance accuracy:   1.000  (1 of 1");
    }

    @Test
    void aMalformedTargetsFileStopsWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path targets = dir.resolve("bad.targets");
        Files.writeString(targets, "[rail-strikes]\nname: Rail strikes\nterms: rail strike\nfavour: solidarity\n");
        Path config = dir.resolve("newsstream.properties");
        Files.writeString(config, "enrich.stance.targets=" + targets + "\n");
        Path data = dir.resolve("set.jsonl");
        Files.writeString(data, EDITORIAL);

        CommandRun run = run("stance", "--data", data.toString(), "--config", config.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(targets + " line 4: unknown key 'favour'");
    }

    @Test
    void aBadLineOfDataIsNamed(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("set.jsonl");
        Files.writeString(data, EDITORIAL + "not json\n");

        CommandRun run = run("stance", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("set.jsonl: line 2: not a labelled stance article");
    }
}
