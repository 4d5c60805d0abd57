package io.newsstream.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation data, which lives beside the repository ({@code ../shared/datasets}) and is never
 * copied into it. Tests that need it skip with {@link #ABSENT} where it is missing and run (so they can fail) where
 * it is present, as in CI.
 */
public final class SharedDatasets {

    /** The property that points elsewhere, for a checkout without the data beside it. */
    public static final String PROPERTY = "newsstream.shared.datasets";
    public static final String ABSENT = "../shared/datasets is not beside this repository (nor named by -D" + PROPERTY
            + "), so this check of real data cannot run here";

    private SharedDatasets() {
    }

    /** The data set's folder (for example {@code news-pages}), if the shared data is present. */
    public static Optional<Path> find(String name) {
        return root().map(root -> root.resolve(name)).filter(Files::isDirectory);
    }

    /** {@code shared/datasets} beside the repository that holds the working directory (Maven runs each module there). */
    public static Optional<Path> root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir.resolveSibling("shared").resolve("datasets")).filter(Files::isDirectory);
            }
        }
        return Optional.empty();
    }
}
