package io.newsstream.sink.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static final Set<String> KNOWN = Set.of("q", "since", "until");

    @Test
    void valuesArePercentDecodedAndBlankOnesCountAsMissing() throws Exception {
        QueryParameters parameters = QueryParameters.parse("q=harbour+wall%21&since=", KNOWN);

        assertThat(parameters.string("q")).contains("harbour wall!");
        assertThat(parameters.since("since")).isEmpty();
    }

    @Test
    void aMalformedEscapeIsABadParameterNotACrash() {
        assertThatThrownBy(() -> QueryParameters.parse("q=%zz", KNOWN))
                .isInstanceOfSatisfying(BadParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("q");
                    assertThat(e.getMessage()).contains("malformed percent-escape");
                });
    }

    @Test
    void datesMeanWholeUtcDaysAndInstantsMayCarryAnOffset() throws Exception {
        QueryParameters parameters = QueryParameters.parse("since=2031-03-02&until=2031-03-02", KNOWN);

        assertThat(parameters.since("since")).contains(Instant.parse("2031-03-02T00:00:00Z"));
        assertThat(parameters.until("until")).contains(Instant.parse("2031-03-03T00:00:00Z"));
        assertThat(QueryParameters.parse("since=2031-03-02T10:00:00%2B01:00", KNOWN).since("since"))
                .contains(Instant.parse("2031-03-02T09:00:00Z"));
    }
}
