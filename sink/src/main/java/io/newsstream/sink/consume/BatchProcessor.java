package io.newsstream.sink.consume;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.JsonSerde;
import io.newsstream.core.kafka.DeadLetterRecords;
import io.newsstream.core.kafka.FailedRecord;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.store.DatabaseErrors;
import io.newsstream.sink.store.StoredArticle;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one poll batch: decodes each record, upserts the decodable ones in one transaction, and turns each record
 * that cannot be stored into a dead letter, so one bad record never holds up the others. When the database refuses
 * the batch for its content ({@link DatabaseErrors#isBadData}), the batch is written again one record at a time to
 * find the bad ones. Knows nothing of the consumer, so it is tested with plain records.
 */
public final class BatchProcessor {

    /** The {@code error.stage} of every dead letter the sink writes. */
    public static final String DEAD_LETTER_STAGE = "sink";

    private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

    private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
    private final ArticleStore store;
    private final DeadLetterRecords deadLetters;
    private final StoredArticlesListener listener;

    public BatchProcessor(ArticleStore store, DeadLetterRecords deadLetters) {
        this(store, deadLetters, StoredArticlesListener.NONE);
    }

    /** @param listener told about each committed write, e.g. the live feed */
    public BatchProcessor(ArticleStore store, DeadLetterRecords deadLetters, StoredArticlesListener listener) {
        this.store = store;
        this.deadLetters = deadLetters;
        this.listener = listener;
    }

    /**
     * @throws SQLException when the database fails for reasons other than a record's content; nothing of the
     *     batch may be assumed stored, and processing it again is safe because writes are upserts
     */
    public BatchOutcome process(List<ConsumerRecord<byte[], byte[]>> records) throws SQLException {
        List<Decoded> decoded = new ArrayList<>();
        List<ProducerRecord<byte[], byte[]>> rejected = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                decoded.add(new Decoded(record, decode(record)));
            } catch (SerializationException e) {
                rejected.add(deadLetter(record, e));
            }
        }
        int written = store(decoded, rejected);
        return new BatchOutcome(written, rejected);
    }

    private EnrichedArticle decode(ConsumerRecord<byte[], byte[]> record) {
        EnrichedArticle article = serde.deserialize(record.topic(), record.value());
        if (article == null) {
            throw new SerializationException("record has no value; the sink stores articles, it does not delete them");
        }
        return article;
    }

    private int store(List<Decoded> decoded, List<ProducerRecord<byte[], byte[]>> rejected) throws SQLException {
        try {
            committed(store.upsert(decoded.stream().map(Decoded::article).toList()));
            return decoded.size();
        } catch (SQLException | RuntimeException e) {
            if (!DatabaseErrors.isBadData(e)) {
                throw e;
            }
            log.warn("database rejected a batch of {} articles ({}); storing them one by one to find the bad ones",
                    decoded.size(), reason(e).getMessage());
            return storeOneByOne(decoded, rejected);
        }
    }

    // Like kafka-connect-jdbc: when the database refuses a batch for its content, isolate the culprits.
    private int storeOneByOne(List<Decoded> decoded, List<ProducerRecord<byte[], byte[]>> rejected) throws SQLException {
        int written = 0;
        for (Decoded one : decoded) {
            try {
                committed(store.upsert(List.of(one.article())));
                written++;
            } catch (SQLException | RuntimeException e) {
                if (!DatabaseErrors.isBadData(e)) {
                    throw e;
                }
                rejected.add(deadLetter(one.record(), reason(e)));
            }
        }
        return written;
    }

    private static Exception reason(Exception e) {
        return e instanceof SQLException sql ? DatabaseErrors.serverError(sql) : e;
    }

    // The write is durable whatever a listener does: its failure must not make the batch look unstored.
    private void committed(List<StoredArticle> stored) {
        try {
            listener.stored(stored);
        } catch (RuntimeException e) {
            log.error("a listener failed on {} stored articles", stored.size(), e);
        }
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> record, Exception e) {
        log.warn("{}-{}@{} goes to the dead-letter topic: {}", record.topic(), record.partition(), record.offset(),
                e.getMessage());
        return deadLetters.of(DEAD_LETTER_STAGE, FailedRecord.of(record), e);
    }

    private record Decoded(ConsumerRecord<byte[], byte[]> record, EnrichedArticle article) {
    }
}
