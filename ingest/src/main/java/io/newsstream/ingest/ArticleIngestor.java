package io.newsstream.ingest;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Validates the articles of one request, publishes the valid ones and waits for Kafka's acknowledgement, so that
 * an article is reported accepted only once it is durable. Independent of HTTP, so every channel can use it.
 */
public final class ArticleIngestor {

    private final ArticleValidator validator;
    private final ArticlePublisher publisher;
    private final Duration sendTimeout;
    private final IngestMetrics metrics;

    public ArticleIngestor(ArticleValidator validator, ArticlePublisher publisher, Duration sendTimeout, IngestMetrics metrics) {
        this.validator = validator;
        this.publisher = publisher;
        this.sendTimeout = sendTimeout;
        this.metrics = metrics;
    }

    /**
     * @return the accepted ids and the rejected lines, both in line order
     * @throws KafkaUnavailableException when any valid article was not acknowledged within the send timeout or
     *         failed for a passing reason; the client should resend the whole request, and the stable ids make that safe
     */
    public IngestResult ingest(List<ReadSubmission> submissions, Channel channel) throws KafkaUnavailableException {
        return ingest(submissions, channel, null);
    }

    /**
     * Like {@link #ingest(List, Channel)}, for articles polled from one feed.
     *
     * @param feed the feed URL recorded on every article, or null
     */
    public IngestResult ingest(List<ReadSubmission> submissions, Channel channel, String feed) throws KafkaUnavailableException {
        // One deadline for the whole request: a slow send() must not extend the wait for acknowledgements.
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        List<IngestResult.Rejected> rejected = new ArrayList<>();
        List<RejectionReason> reasons = new ArrayList<>();
        List<PendingWrite> pending = new ArrayList<>();
        for (ReadSubmission submission : submissions) {
            Rejection rejection = submission.rejection();
            if (rejection == null) {
                ValidationResult result = validator.validate(submission.submission(), channel, feed);
                if (result instanceof ValidationResult.Valid valid) {
                    pending.add(new PendingWrite(submission.line(), valid.article(), publisher.publish(valid.article())));
                    continue;
                }
                rejection = ((ValidationResult.Invalid) result).rejection();
            }
            rejected.add(new IngestResult.Rejected(submission.line(), rejection));
            reasons.add(rejection.reason());
        }
        List<IngestResult.Accepted> accepted = new ArrayList<>();
        for (PendingWrite write : pending) {
            Rejection refused = awaitAcknowledgement(write, deadline);
            if (refused == null) {
                accepted.add(new IngestResult.Accepted(write.article().id(), write.line()));
            } else {
                rejected.add(new IngestResult.Rejected(write.line(), refused));
                reasons.add(refused.reason());
            }
        }
        // Counted only once the answer is certain, so a request answered 503 and retried is not counted twice.
        metrics.accepted(channel, accepted.size());
        reasons.forEach(reason -> metrics.rejected(channel, reason));
        rejected.sort(Comparator.comparingInt(IngestResult.Rejected::line));
        return new IngestResult(accepted, rejected);
    }

    /** Waits for one write; returns null once acknowledged, or the rejection when Kafka can never take this article. */
    private Rejection awaitAcknowledgement(PendingWrite write, long deadline) throws KafkaUnavailableException {
        try {
            write.acknowledged().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the write within " + sendTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RecordTooLargeException) {
                return new Rejection(RejectionReason.TOO_LARGE, "article is too large for Kafka: " + cause.getMessage());
            }
            // A closed producer means the service is stopping: another instance, or this one restarted, can take it.
            if (cause instanceof RetriableException || cause instanceof IllegalStateException) {
                throw new KafkaUnavailableException("Kafka cannot take the write now: " + cause.getMessage(), cause);
            }
            throw new IllegalStateException("Kafka refused the write: " + cause, cause);
        }
    }

    private record PendingWrite(int line, RawArticle article, CompletableFuture<Void> acknowledged) {
    }
}
