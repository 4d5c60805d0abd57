package io.newsstream.deploy.prove.hostile;

import io.newsstream.deploy.prove.hostile.HostileRunResult.Failure;
import io.newsstream.deploy.prove.hostile.HostileRunResult.KindTally;
import java.io.PrintWriter;
import java.util.Map;

/** Prints a {@link HostileRunResult} as a table per kind of request, then the failures it kept. */
public final class HostileRunReport {

    private HostileRunReport() {
    }

    public static void print(String title, HostileRunResult result, PrintWriter out) {
        out.printf("%s: %,d sent, %,d 2xx, %,d 4xx, %,d 5xx, %,d other, %,d no answer; %,d failures, %,d articles "
                        + "accepted%n", title, result.sent(), result.answered2xx(), result.answered4xx(),
                result.answered5xx(), result.answeredOther(), result.noAnswer(), result.failureCount(),
                result.accepted().size());
        out.printf("  %-34s %6s %6s %6s %6s %6s %6s %8s%n", "kind", "sent", "2xx", "4xx", "5xx", "other", "silent",
                "failures");
        for (Map.Entry<String, KindTally> row : result.byKind().entrySet()) {
            KindTally t = row.getValue();
            out.printf("  %-34s %6d %6d %6d %6d %6d %6d %8s%n", row.getKey(), t.sent(), t.answered2xx(),
                    t.answered4xx(), t.answered5xx(), t.answeredOther(), t.noAnswer(),
                    t.failures() == 0 ? "-" : String.valueOf(t.failures()));
        }
        if (!result.failures().isEmpty()) {
            out.printf("  first %d failures:%n", result.failures().size());
            for (Failure failure : result.failures()) {
                out.printf("    %s: %s%n", failure.name(), failure.problem());
            }
        }
        out.flush();
    }
}
