package io.newsstream.deploy.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the transactions a killed local mode leaves open on partitions whose transaction the broker's coordinator
 * already counts as finished. After {@code kill -9}, the embedded broker starts as leader of every partition from
 * its old metadata and its transaction coordinator at once finishes the dead process's transactions; while the
 * broker re-registers, its partitions briefly have no leader, and the coordinator skips their markers as it would for
 * a deleted topic. Nothing ever ends those transactions: read-committed readers stop at them (a restoring state store,
 * the sink) and committed offsets stay unstable, so enrich's stream threads wait for them 60 s at a time, forever.
 * Aborting is what the coordinator does to an unfinished transaction of a dead producer: its records were never
 * visible, and its consumed offsets were never committed, so enrich reads those articles again. A transaction the
 * coordinator had committed can only be aborted from here too (markers are the broker's to write): that is logged as
 * an error, since the partitions that did get its commit keep their records and the aborted ones lose theirs.
 */
final class HangingTransactions {

    private static final Logger log = LoggerFactory.getLogger(HangingTransactions.class);
    private static final Set<TransactionState> UNSETTLED = Set.of(TransactionState.PREPARE_COMMIT,
            TransactionState.PREPARE_ABORT, TransactionState.PREPARE_EPOCH_FENCE);
    /** States in which the coordinator still ends the transaction itself (on timeout, or when its producer returns). */
    private static final Set<TransactionState> COORDINATOR_OWNED = Set.of(TransactionState.ONGOING,
            TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT, TransactionState.PREPARE_EPOCH_FENCE);
    private static final Duration POLL = Duration.ofMillis(200);

    private HangingTransactions() {
    }

    /**
     * Waits (up to {@code settle}) until the coordinator has no transaction half-way through its markers, then aborts
     * every open transaction on any partition whose producer the coordinator no longer counts as in a transaction.
     * Call it before any client of this process starts, so that every open transaction belongs to a dead process.
     *
     * @return the aborted transactions, one per partition
     */
    static List<AbortTransactionSpec> abortAll(Admin admin, Duration settle) throws ExecutionException, InterruptedException {
        awaitSettled(admin, settle);
        List<AbortTransactionSpec> hanging = find(admin);
        Set<Long> committed = committed(admin, hanging);
        List<AbortTransactionSpec> aborted = new ArrayList<>();
        for (AbortTransactionSpec spec : hanging) {
            if (committed.contains(spec.producerId())) {
                // Only an abort can be written from outside the broker: the partitions that did get the commit
                // marker keep their records, this one loses them, so an article may be missing downstream.
                log.error("the transaction of producer id {} was committed but its marker never reached {}; aborting it "
                        + "there, so its records on that partition are lost", spec.producerId(), spec.topicPartition());
            }
            try {
                admin.abortTransaction(spec).all().get();
                aborted.add(spec);
                log.warn("aborted a transaction left open by a killed run on {} (producer id {}, epoch {})",
                        spec.topicPartition(), spec.producerId(), spec.producerEpoch());
            } catch (ExecutionException e) {
                // The coordinator may have ended it between the look and the abort: then there is nothing to do.
                log.warn("could not abort the open transaction on {} (producer id {}): {}", spec.topicPartition(),
                        spec.producerId(), e.getCause().getMessage());
            }
        }
        return aborted;
    }

    /** The open transactions, one per partition, whose producer the coordinator does not count as in a transaction. */
    static List<AbortTransactionSpec> find(Admin admin) throws ExecutionException, InterruptedException {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
            topic.partitions().forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
        }
        Map<TopicPartition, PartitionProducerState> producers = admin.describeProducers(partitions).all().get();
        List<AbortTransactionSpec> open = new ArrayList<>();
        producers.forEach((partition, state) -> {
            for (ProducerState producer : state.activeProducers()) {
                if (producer.currentTransactionStartOffset().isPresent()) {
                    open.add(new AbortTransactionSpec(partition, producer.producerId(),
                            (short) producer.producerEpoch(), producer.coordinatorEpoch().orElse(0)));
                }
            }
        });
        if (open.isEmpty()) {
            return open;
        }
        Set<Long> owned = inTransaction(admin, open.stream().map(AbortTransactionSpec::producerId).collect(Collectors.toSet()));
        return open.stream().filter(spec -> !owned.contains(spec.producerId())).toList();
    }

    /** The producers among {@code producerIds} that the coordinator counts as in a transaction it will still end. */
    private static Set<Long> inTransaction(Admin admin, Collection<Long> producerIds)
            throws ExecutionException, InterruptedException {
        Collection<TransactionListing> listings = admin.listTransactions(new ListTransactionsOptions()
                .filterProducerIds(producerIds).filterStates(COORDINATOR_OWNED)).all().get();
        return listings.stream().map(TransactionListing::producerId).collect(Collectors.toSet());
    }

    /** The producers among the hanging ones whose last transaction the coordinator recorded as committed. */
    private static Set<Long> committed(Admin admin, List<AbortTransactionSpec> hanging)
            throws ExecutionException, InterruptedException {
        if (hanging.isEmpty()) {
            return Set.of();
        }
        Set<Long> producerIds = hanging.stream().map(AbortTransactionSpec::producerId).collect(Collectors.toSet());
        return admin.listTransactions(new ListTransactionsOptions().filterProducerIds(producerIds)
                        .filterStates(Set.of(TransactionState.COMPLETE_COMMIT))).all().get().stream()
                .map(TransactionListing::producerId).collect(Collectors.toSet());
    }

    private static void awaitSettled(Admin admin, Duration settle) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        while (!admin.listTransactions(new ListTransactionsOptions().filterStates(UNSETTLED)).all().get().isEmpty()) {
            if (System.nanoTime() > deadline) {
                log.warn("transactions still half-way through their markers after {} s; looking for hanging ones anyway",
                        settle.toSeconds());
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
