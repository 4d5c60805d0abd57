package io.newsstream.lab.bench;

/**
 * What a load generator sent to ingest.
 *
 * @param posts requests sent
 * @param accepted articles ingest accepted (202)
 * @param failed articles in requests that failed or were refused
 * @param lateSends sends that started later than their schedule allowed (steady load only)
 * @param startNanos {@link System#nanoTime()} when the first send was due
 */
public record PipelineLoad(int posts, int accepted, int failed, int lateSends, long startNanos) {
}
