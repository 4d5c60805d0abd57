package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void namesAndValuesAreUrlDecoded() throws Exception {
        assertThat(QueryParameters.parse("outletHint=Hill+Gazette&url=https%3A%2F%2Fhill.example%2Fa%3Fb%3D1"))
                .containsEntry("outletHint", "Hill Gazette")
                .containsEntry("url", "https://hill.example/a?b=1");
    }

    @Test
    void firstValueOfARepeatedNameWinsAndEmptyPairsAreSkipped() throws Exception {
        assertThat(QueryParameters.parse("language=en&&language=de&flag")).containsExactly(
                java.util.Map.entry("language", "en"), java.util.Map.entry("flag", ""));
    }

    @Test
    void missingQueryGivesNoParameters() throws Exception {
        assertThat(QueryParameters.parse(null)).isEmpty();
        assertThat(QueryParameters.parse("")).isEmpty();
    }

    @Test
    void brokenPercentEncodingIsRefusedWith400() {
        assertThatThrownBy(() -> QueryParameters.parse("url=%zz"))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo(RejectionReason.BAD_QUERY);
                })
                .hasMessageStartingWith("query string is not valid URL encoding");
    }
}
