package io.newsstream.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleTextTest {

    @Test
    void foldsCaseQuotesDashesAndPunctuationButKeepsNumbers() {
        assertThat(ShingleText.words("\u201cWe won\u2019t stop,\u201d she said \u2014 at 3 p.m. on 12\u00a0June."))
                .containsExactly("we", "wont", "stop", "she", "said", "at", "3", "p", "m", "on", "12", "june");
        assertThat(ShingleText.words("\"We won't stop,\" she said - at 3 p.m. on 12 June."))
                .isEqualTo(ShingleText.words("\u201cWe won\u2019t stop,\u201d she said \u2014 at 3 p.m. on 12\u00a0June."));
    }

    @Test
    void wordHashesAreTheHashesOfTheWords() {
        // Ligatures and full-width digits (NFKC), a letter outside the BMP, an apostrophe at a word's start.
        String text = "The \ufb01rst \uff11\uff12 ferries \u2014 'twas \ud840\udc00 Z\u00fcrich\u2019s 3.5% rise, don\u2019t";
        List<String> words = ShingleText.words(text);

        assertThat(words).contains("first", "12", "\ud840\udc00", "z\u00fcrichs", "twas", "3", "5", "dont");
        assertThat(ShingleText.wordHashes(text)).containsExactly(words.stream().mapToLong(ShingleText::hash).toArray());
        assertThat(ShingleText.wordHashes(" ... ")).isEmpty();
    }
}
