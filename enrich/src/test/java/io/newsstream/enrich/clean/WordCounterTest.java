package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void countsTokensWithLettersOrDigitsButNotLonePunctuation() {
        assertThat(WordCounter.count("The envoy — tired but hopeful — met 3 ministers.\n\nThen she left.")).isEqualTo(11);
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(WordCounter.count("")).isZero();
    }

    @Test
    void splitsOnAsciiWhitespaceOnlyAndReadsLettersBeyondTheBasicPlane() {
        // A no-break space joins its neighbours into one token, as the former \S+ tokens did; a letter written as a
        // surrogate pair makes its token a word.
        assertThat(WordCounter.count("10\u00A0km \t\uD835\uDC00 -- \u000Bx\fy")).isEqualTo(4);
    }
}
