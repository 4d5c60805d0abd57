package io.newsstream.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    private final BearerTokens tokens = BearerTokens.of(List.of("desk-token-one", "desk-token-two"));

    @Test
    void withoutTokensEveryRequestIsGranted() {
        assertThat(BearerTokens.none().required()).isFalse();
        assertThat(BearerTokens.none().check(null)).isEqualTo(BearerTokens.Verdict.GRANTED);
    }

    @Test
    void configuredTokensAreGrantedWhateverTheCaseOfTheScheme() {
        assertThat(tokens.check("Bearer desk-token-one")).isEqualTo(BearerTokens.Verdict.GRANTED);
        assertThat(tokens.check("BEARER desk-token-two")).isEqualTo(BearerTokens.Verdict.GRANTED);
    }

    @Test
    void tokenComparisonIsExact() {
        assertThat(tokens.check("Bearer desk-token-on")).isEqualTo(BearerTokens.Verdict.INVALID);
        assertThat(tokens.check("Bearer desk-token-one1")).isEqualTo(BearerTokens.Verdict.INVALID);
        assertThat(tokens.check("Bearer DESK-TOKEN-ONE")).isEqualTo(BearerTokens.Verdict.INVALID);
    }

    @Test
    void missingAndMalformedHeadersAreToldApart() {
        assertThat(tokens.check(null)).isEqualTo(BearerTokens.Verdict.MISSING);
        assertThat(tokens.check("  ")).isEqualTo(BearerTokens.Verdict.MISSING);
        assertThat(tokens.check("Bearer")).isEqualTo(BearerTokens.Verdict.MALFORMED);
        assertThat(tokens.check("Token desk-token-one")).isEqualTo(BearerTokens.Verdict.MALFORMED);
    }

    @Test
    void toStringHidesTheTokens() {
        assertThat(tokens.toString()).isEqualTo("BearerTokens[2 token(s), values hidden]").doesNotContain("desk");
    }
}
