package io.newsstream.sink.store;

import java.sql.SQLException;

/** Tells errors caused by one record's content apart from errors of the database itself. */
public final class StorageErrors {

    private StorageErrors() {
    }

    /**
     * True when PostgreSQL rejected the data (SQLSTATE class 22, data exception, e.g. a NUL character in text,
     * or 23, integrity constraint violation, e.g. a malformed id): writing it again will fail again, whereas
     * connection loss, shutdown or lack of resources may pass with time.
     */
    public static boolean isRejectedData(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            String state = current.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
        }
        return false;
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
