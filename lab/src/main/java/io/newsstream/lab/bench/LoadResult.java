package io.newsstream.lab.bench;

/** The outcome of one load: how many articles were accepted in how long, and the per-request latencies. */
public record LoadResult(String mode, int articles, int requests, double seconds, LatencyRecorder latencies, int failures) {

    public double articlesPerSecond() {
        return articles / seconds;
    }
}
