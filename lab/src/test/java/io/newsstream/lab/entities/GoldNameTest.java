package io.newsstream.lab.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldNameTest {

    @Test
    void anySpellingMatchesIgnoringCaseAccentsPunctuationAndTheArticle() {
        GoldName name = GoldName.parse("United States|US|U.S.");

        assertThat(name.uncertain()).isFalse();
        assertThat(name.matches("U.S.")).isTrue();
        assertThat(name.matches("us")).isTrue();
        assertThat(name.matches("the United States")).isTrue();
        assertThat(name.matches("United Kingdom")).isFalse();
        assertThat(GoldName.parse("Jean-Noël Barrot").matches("Jean Noel Barrot")).isTrue();
    }

    @Test
    void aTrailingQuestionMarkMarksAnUncertainName() {
        GoldName name = GoldName.parse("New York (magazine)?");

        assertThat(name.uncertain()).isTrue();
        assertThat(name.spellings()).containsExactly("New York (magazine)");
        assertThat(name.matches("New York magazine")).isTrue();
    }

    @Test
    void punctuationAloneMatchesNothing() {
        assertThat(GoldName.parse("Reuters").matches("...")).isFalse();
    }
}
