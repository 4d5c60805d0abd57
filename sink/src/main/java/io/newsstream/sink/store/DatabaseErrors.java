package io.newsstream.sink.store;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells a write that failed because of one record's content (bad data: writing it again fails again, so it goes to
 * the dead-letter topic) apart from a failure of the database itself (worth waiting for and retrying).
 *
 * <p>Bad data is: SQLSTATE class 22 (data exception: a NUL in text, a timestamp out of range), class 54 (program
 * limit exceeded: a value too long for an index), class 23 (integrity violation: a check or not-null constraint)
 * except 23505 and 23503, and the Java conversion errors thrown while binding a record's values. A unique or
 * foreign-key violation cannot come from an article's content here (every write is an upsert and writes its
 * child rows itself), only from a concurrent writer or a schema change, so it is retried like connection loss
 * (08), shutdown (57P01), lack of resources (53), timeouts and everything else the database may get over.
 */
public final class DatabaseErrors {

    private static final Set<String> DATA_CLASSES = Set.of("22", "23", "54");
    private static final Set<String> NOT_ABOUT_THE_DATA = Set.of("23505", "23503");
    private static final int MAX_CHAIN = 100;

    private DatabaseErrors() {
    }

    /** True when {@code e} says the record is bad, so writing it again cannot succeed. */
    public static boolean isBadData(Throwable e) {
        if (e instanceof DateTimeException || e instanceof ArithmeticException || e instanceof IllegalArgumentException) {
            return true;
        }
        if (!(e instanceof SQLException sql)) {
            return false;
        }
        List<String> states = sqlStates(sql);
        // A JDBC batch reports its statement's failure and, behind it, what the server said: a lost connection
        // anywhere in that chain makes the whole failure one of the database.
        return !states.isEmpty() && states.stream().allMatch(DatabaseErrors::isDataState);
    }

    static boolean isDataState(String state) {
        return state.length() == 5 && DATA_CLASSES.contains(state.substring(0, 2)) && !NOT_ABOUT_THE_DATA.contains(state);
    }

    // Every SQLSTATE among the next exceptions and their causes; a driver error without one says nothing.
    private static List<String> sqlStates(SQLException e) {
        List<String> states = new ArrayList<>();
        int seen = 0;
        // Bounded: a chain of causes may loop back on itself.
        for (SQLException next = e; next != null && seen < MAX_CHAIN; next = next.getNextException()) {
            for (Throwable cause = next; cause != null && seen < MAX_CHAIN; cause = cause.getCause(), seen++) {
                if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                    states.add(sql.getSQLState());
                }
            }
        }
        return states;
    }

    /**
     * The server's own error for a failed statement: a failed JDBC batch wraps it in an exception whose message
     * repeats the whole statement with its parameters, which is not what a person needs to read.
     */
    public static SQLException serverError(SQLException e) {
        SQLException last = e;
        for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
            last = next;
        }
        return last;
    }
}
