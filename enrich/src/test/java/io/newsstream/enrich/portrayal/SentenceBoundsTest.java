package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBoundsTest {

    private static List<String> sentences(String text) {
        return SentenceBounds.of(text).stream().map(b -> text.substring(b.start(), b.end())).toList();
    }

    @Test
    void splitsAtStopsBeforeCapitalsAndAtLineBreaks() {
        assertThat(sentences("Mr. Okafor spoke first. Was it enough? \u201CNo.\u201D He left.\n\nA new day began"))
                .containsExactly("Mr. Okafor spoke first.", "Was it enough?", "\u201CNo.\u201D", "He left.", "A new day began");
    }

    @Test
    void keepsInitialsAndAbbreviationsInside() {
        assertThat(sentences("John F. Kennedy met Gen. Ruiz in the U.S. capital. It rained."))
                .containsExactly("John F. Kennedy met Gen. Ruiz in the U.S. capital.", "It rained.");
    }
}
