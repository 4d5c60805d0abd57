package io.newsstream.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShingleTextTest {

    @Test
    void foldsCaseQuotesDashesAndPunctuationButKeepsNumbers() {
        assertThat(ShingleText.words("\u201cWe won\u2019t stop,\u201d she said \u2014 at 3 p.m. on 12\u00a0June."))
                .containsExactly("we", "wont", "stop", "she", "said", "at", "3", "p", "m", "on", "12", "june");
        assertThat(ShingleText.words("\"We won't stop,\" she said - at 3 p.m. on 12 June."))
                .isEqualTo(ShingleText.words("\u201cWe won\u2019t stop,\u201d she said \u2014 at 3 p.m. on 12\u00a0June."));
    }
}
