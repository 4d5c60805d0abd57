package io.newsstream.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder of the shared data beside the repository ({@code ../shared/...}, never copied into it), for the tests that
 * check real text: they skip where it is absent and run, so they can fail, where it is present, as in CI.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** {@code shared/RELATIVE} beside the repository that holds the working directory (Maven runs each module there). */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir.resolveSibling("shared").resolve(relative)).filter(Files::isDirectory);
            }
        }
        return Optional.empty();
    }

    /** The message of a test skipped because {@code shared/RELATIVE} is absent. */
    public static String absent(String relative) {
        return "../shared/" + relative + " is not beside this repository, so this check of real data cannot run here";
    }
}
