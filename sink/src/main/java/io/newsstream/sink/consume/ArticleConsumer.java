package io.newsstream.sink.consume;

import io.newsstream.sink.consume.DeadLetterPublisher.PublishFailedException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop, on its own thread: poll a batch, store it, and only then commit its offsets.
 *
 * <p>A record the database refuses for its content never reaches this loop as a failure: {@link BatchProcessor}
 * dead-letters it and stores the rest. When storing fails otherwise (the database is unreachable, shutting down,
 * out of resources), it waits and tries the same batch again, doubling the wait each time, and commits
 * nothing meanwhile. Its partitions stay paused while it waits, and it keeps polling so the group does not
 * consider it dead. A restart or a rebalance therefore re-delivers at most what was not yet committed, which the
 * upserts absorb: no record is skipped, none is stored twice.
 */
public final class ArticleConsumer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticleConsumer.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    /** Where the loop is; readiness reads it from other threads. */
    public enum State { STARTING, POLLING, RETRYING, FAILED, STOPPED }

    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final BatchProcessor processor;
    private final DeadLetterPublisher deadLetters;
    private final WriteMetrics metrics;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private final Duration retryBackoffMax;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private volatile State state = State.STARTING;
    private volatile String failure = "";
    private volatile int assignedPartitions;
    private volatile boolean joinedGroup;
    // The batch being stored; only the loop thread (and the rebalance callbacks it runs) touches it.
    private List<ConsumerRecord<byte[], byte[]>> pending = List.of();
    private boolean paused;

    public ArticleConsumer(Consumer<byte[], byte[]> consumer, String topic, BatchProcessor processor,
                           DeadLetterPublisher deadLetters, WriteMetrics metrics, Duration pollTimeout,
                           Duration retryBackoff, Duration retryBackoffMax) {
        this.consumer = consumer;
        this.topic = topic;
        this.processor = processor;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.pollTimeout = pollTimeout;
        this.retryBackoff = retryBackoff;
        this.retryBackoffMax = retryBackoffMax;
        this.thread = new Thread(this::run, "sink-consumer");
    }

    public void start() {
        thread.start();
    }

    public State state() {
        return state;
    }

    /** Why the loop stopped, when {@link #state()} is {@link State#FAILED}. */
    public String failure() {
        return failure;
    }

    public int assignedPartitions() {
        return assignedPartitions;
    }

    /**
     * Whether the consumer is a member of its group: it has received an assignment (possibly empty, when there are
     * more sink instances than partitions) and not lost it since.
     */
    public boolean joinedGroup() {
        return joinedGroup;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new PendingBatchGuard());
            while (running.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
                if (state == State.STARTING) {
                    state = State.POLLING;
                }
                if (!records.isEmpty() && storeUntilDone(asList(records))) {
                    commitStored();
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                fail(e);
            }
        } catch (RuntimeException e) {
            fail(e);
        } catch (Error e) {
            fail(e);
            throw e;
        } finally {
            closeConsumer();
        }
    }

    private void commitStored() {
        try {
            consumer.commitSync();
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The batch is stored; its new owner reads it again from the last commit and the upserts absorb it.
            log.warn("offsets of a stored batch not committed, the group rebalanced: {}", e.getMessage());
        }
    }

    /** @return true once stored (or nothing is left that is ours to store), false when stopping first */
    private boolean storeUntilDone(List<ConsumerRecord<byte[], byte[]>> batch) {
        pending = batch;
        Duration backoff = retryBackoff;
        try {
            while (running.get()) {
                if (pending.isEmpty()) {
                    state = State.POLLING;
                    return true;
                }
                long started = System.nanoTime();
                try {
                    BatchOutcome outcome = processor.process(pending);
                    deadLetters.publish(outcome.deadLetters());
                    metrics.batchStored(outcome, Duration.ofNanos(System.nanoTime() - started));
                    state = State.POLLING;
                    return true;
                } catch (SQLException | PublishFailedException e) {
                    metrics.retried();
                    state = State.RETRYING;
                    log.warn("cannot store a batch of {} records, trying again in {} ms: {}", pending.size(),
                            backoff.toMillis(), e.getMessage());
                    waitPolling(backoff);
                    backoff = doubled(backoff);
                }
            }
            return false;
        } finally {
            pending = List.of();
            resumeIfPaused();
        }
    }

    private Duration doubled(Duration backoff) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(retryBackoffMax) > 0 ? retryBackoffMax : twice;
    }

    // Polling with every partition paused fetches nothing but keeps this member in the group.
    private void waitPolling(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        pauseAll();
        long remaining;
        while (running.get() && (remaining = deadline - System.nanoTime()) > 0) {
            pauseAll();
            Duration timeout = Duration.ofNanos(Math.min(remaining, pollTimeout.toNanos()));
            rewind(consumer.poll(timeout));
        }
    }

    private void pauseAll() {
        consumer.pause(consumer.assignment());
        paused = true;
    }

    private void resumeIfPaused() {
        if (paused) {
            consumer.resume(consumer.paused());
            paused = false;
        }
    }

    // A partition assigned in the same poll that fetched it can slip through the pause: hand its records back.
    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private void closeConsumer() {
        try {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        } catch (RuntimeException e) {
            log.warn("sink consumer did not close cleanly: {}", e.getMessage());
        }
        if (state != State.FAILED) {
            state = State.STOPPED;
        }
    }

    private void fail(Throwable e) {
        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        state = State.FAILED;
        log.error("sink consumer loop stopped", e);
    }

    private static List<ConsumerRecord<byte[], byte[]>> asList(ConsumerRecords<byte[], byte[]> records) {
        List<ConsumerRecord<byte[], byte[]>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }

    /** Stops the loop and waits for it to close the consumer; safe to call more than once. */
    @Override
    public void close() {
        if (running.compareAndSet(true, false)) {
            consumer.wakeup();
        }
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_TIMEOUT.plus(pollTimeout).toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Keeps the pending batch to the partitions this member still owns: records of a partition handed to another
     * member are that member's to store, from the last committed offset, and writing them here later could
     * overwrite a newer version it has stored meanwhile.
     */
    private final class PendingBatchGuard implements ConsumerRebalanceListener {

        private final Set<TopicPartition> owned = new HashSet<>();

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            dropPending(partitions);
            owned.removeAll(partitions);
            assignedPartitions = owned.size();
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            // Lost means dropped from the group (e.g. a missed session timeout) until the next join.
            joinedGroup = false;
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (paused) {
                consumer.pause(partitions);
            }
            owned.addAll(partitions);
            assignedPartitions = owned.size();
            joinedGroup = true;
        }

        private void dropPending(Collection<TopicPartition> revoked) {
            if (pending.isEmpty() || revoked.isEmpty()) {
                return;
            }
            Map<Boolean, List<ConsumerRecord<byte[], byte[]>>> split = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> record : pending) {
                boolean kept = !revoked.contains(new TopicPartition(record.topic(), record.partition()));
                split.computeIfAbsent(kept, k -> new ArrayList<>()).add(record);
            }
            List<ConsumerRecord<byte[], byte[]>> dropped = split.getOrDefault(false, List.of());
            if (!dropped.isEmpty()) {
                log.info("partitions {} moved to another member; leaving {} unstored records to it", revoked,
                        dropped.size());
            }
            pending = split.getOrDefault(true, List.of());
        }
    }
}
