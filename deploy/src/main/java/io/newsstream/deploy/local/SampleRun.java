package io.newsstream.deploy.local;

import io.newsstream.core.article.EnrichedArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Feeds the bundled samples through ingest and waits until the sink has stored every accepted one. */
public final class SampleRun {

    private final PipelineClient client;
    private final PrintStream out;

    public SampleRun(PipelineClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** The outcome: what was stored, and the samples that were rejected or not stored in time. */
    public record Result(List<EnrichedArticle> stored, List<String> problems) {
    }

    public Result run(List<SampleArticles.Sample> samples, Duration timeout) throws IOException, InterruptedException {
        Map<String, String> pending = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (SampleArticles.Sample sample : samples) {
            PipelineClient.Answer answer = client.post(Map.of("text", sample.text()));
            Optional<String> id = answer.acceptedId();
            if (answer.status() == 202 && id.isPresent()) {
                pending.put(id.get(), sample.fileName());
            } else {
                problems.add(sample.fileName() + ": ingest answered " + answer.status() + " " + answer.body());
            }
        }
        out.printf("Sent %d sample articles to ingest, %d accepted; waiting for them to be enriched and stored...%n",
                samples.size(), pending.size());

        Map<String, EnrichedArticle> stored = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stored.size() < pending.size() && System.nanoTime() < deadline) {
            for (String id : pending.keySet()) {
                if (!stored.containsKey(id)) {
                    client.stored(id).ifPresent(article -> stored.put(id, article));
                }
            }
            if (stored.size() < pending.size()) {
                Thread.sleep(250);
            }
        }
        pending.forEach((id, file) -> {
            if (!stored.containsKey(id)) {
                problems.add(file + ": accepted as " + id + " but not stored within " + timeout.toSeconds() + "s");
            }
        });
        // Keep the bundle's order, which is the order they were sent in.
        List<EnrichedArticle> inOrder = new ArrayList<>();
        pending.keySet().stream().filter(stored::containsKey).forEach(id -> inOrder.add(stored.get(id)));
        return new Result(inOrder, problems);
    }
}
