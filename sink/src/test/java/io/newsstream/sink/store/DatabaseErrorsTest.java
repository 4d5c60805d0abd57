package io.newsstream.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "22021", // a NUL character in text
            "22008", // a timestamp out of range
            "22001", // a string too long for its column
            "54000", // an index row too large
            "54001", // a statement too complex
            "23514", // a check constraint
            "23502"  // a not-null constraint
    })
    void contentTheDatabaseRefusesIsBadData(String state) {
        assertThat(DatabaseErrors.isBadData(new SQLException("refused", state))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "08006", // connection failure
            "08001", // cannot connect
            "57P01", // administrator shutdown
            "57014", // statement timeout
            "53300", // too many connections
            "53100", // disk full
            "40001", // serialization failure
            "23505", // unique violation: only a concurrent writer or a schema change causes one here
            "23503", // foreign-key violation: likewise
            "42P01", // undefined table: a schema out of step, not the record
            "XX000"
    })
    void failuresOfTheDatabaseAreNotBadData(String state) {
        assertThat(DatabaseErrors.isBadData(new SQLException("failed", state))).isFalse();
    }

    @Test
    void anErrorWithoutSqlStateIsNotBadData() {
        assertThat(DatabaseErrors.isBadData(new SQLException("no state"))).isFalse();
        assertThat(DatabaseErrors.isBadData(new SQLTimeoutException("timed out"))).isFalse();
    }

    @Test
    void aBatchFailureIsJudgedByWhatTheServerSaidBehindIt() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO ... was aborted", null,
                new int[0]);
        batch.setNextException(new SQLException("ERROR: index row size 3024 exceeds btree version 4 maximum 2704",
                "54000"));

        assertThat(DatabaseErrors.isBadData(batch)).isTrue();
        assertThat(DatabaseErrors.serverError(batch).getMessage()).startsWith("ERROR: index row size");
    }

    @Test
    void aLostConnectionAnywhereInTheChainMakesItAFailureOfTheDatabase() {
        SQLException refused = new SQLException("refused", "22021");
        refused.setNextException(new SQLException("I/O error", "08006", new IOException("connection reset")));

        assertThat(DatabaseErrors.isBadData(refused)).isFalse();
    }

    @Test
    void javaConversionErrorsWhileBindingAreBadData() {
        assertThat(DatabaseErrors.isBadData(new DateTimeException("Invalid value for Year"))).isTrue();
        assertThat(DatabaseErrors.isBadData(new ArithmeticException("long overflow"))).isTrue();
        assertThat(DatabaseErrors.isBadData(new IllegalArgumentException("bad value"))).isTrue();
    }

    @Test
    void programmingErrorsAreNotBadData() {
        assertThat(DatabaseErrors.isBadData(new NullPointerException())).isFalse();
        assertThat(DatabaseErrors.isBadData(new IllegalStateException("bug"))).isFalse();
    }
}
