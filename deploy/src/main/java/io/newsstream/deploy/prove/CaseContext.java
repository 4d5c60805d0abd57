package io.newsstream.deploy.prove;

import io.newsstream.lab.bench.SyntheticArticles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a running case gets: the run's settings, its own directory, the progress log, and its deadline. */
public record CaseContext(String caseName, ProveSettings settings, Path dir, ProgressLog log, long deadlineNanos) {

    /** Realistic 3-5 KB articles with URLs of their own, deterministic for the run's seed and the case. */
    public List<Map<String, String>> articles(int count) {
        return SyntheticArticles.generate(count, settings.seed() ^ caseName.hashCode(), "prove-" + caseName
                + "-" + settings.seed());
    }

    public void line(String format, Object... args) {
        log.line(caseName + ": " + format, args);
    }
}
