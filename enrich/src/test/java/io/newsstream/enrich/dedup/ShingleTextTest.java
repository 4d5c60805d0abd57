package io.newsstream.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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

    @Test
    void textTakenAsNfkcWithoutNormalisingIsNfkc() {
        StringBuilder plain = new StringBuilder(ShingleText.STABLE_PUNCTUATION);
        for (char c = 0; c < 0x100; c++) {
            if (c < 0xa0 || c >= 0xc0) {
                plain.append(c);
            }
        }
        assertThat(ShingleText.plainlyNfkc(plain.toString())).isTrue();
        assertThat(Normalizer.isNormalized(plain, Normalizer.Form.NFKC)).isTrue();
        // No-break space, the fi ligature, an ellipsis, a combining accent: NFKC changes them.
        for (String changed : List.of("a\u00a0b", "\ufb01", "\u2026", "e\u0301")) {
            assertThat(ShingleText.plainlyNfkc(changed)).as(changed).isFalse();
        }
    }
}
