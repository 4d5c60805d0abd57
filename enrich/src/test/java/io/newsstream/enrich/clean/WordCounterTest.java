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
}
