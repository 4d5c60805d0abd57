package io.newsstream.ingest.feed;

import java.time.Duration;

/**
 * One poll's result and the schedule that follows from it.
 *
 * @param sent items Kafka acknowledged in this poll
 * @param nextPollIn how long to wait before polling this feed again
 */
public record PollResult(PollOutcome outcome, int sent, Duration nextPollIn) {
}
