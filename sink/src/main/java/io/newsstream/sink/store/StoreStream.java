package io.newsstream.sink.store;

/**
 * The names by which writers and followers of the store's stream find each other in PostgreSQL, whichever sink
 * instance they run in: the channel a writer notifies after each write, and the advisory lock that keeps sequence
 * numbers in commit order (see the V4 migration).
 */
public final class StoreStream {

    /** {@code NOTIFY newsstream_stored, '<highest sequence written>'}, sent in the writing transaction. */
    public static final String CHANNEL = "newsstream_stored";
    /** The key of the transaction-level advisory lock around taking sequence numbers: "news" in ASCII. */
    static final long LOCK = 0x6e657773L;

    private StoreStream() {
    }
}
