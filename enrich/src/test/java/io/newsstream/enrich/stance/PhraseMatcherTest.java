package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> matcher, String text) {
        Tokens tokens = Tokens.of(text);
        return matcher.find(tokens, 0, tokens.size()).stream()
                .map(m -> m.value() + "@" + text.substring(tokens.start(m.start()), tokens.end(m.end() - 1))).toList();
    }

    @Test
    void matchesWholeWordsWithoutRegardToCaseOrHyphens() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("cease-fire", "ceasefire");
        matcher.add("peace talks", "talks");

        assertThat(found(matcher, "A Cease Fire, then PEACE-TALKS; not peacetalks."))
                .containsExactly("ceasefire@Cease Fire", "talks@PEACE-TALKS");
    }

    @Test
    void aStarEndsAWordPrefix() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("negotiat*", "n");
        matcher.add("new sanction*", "s");

        assertThat(found(matcher, "Negotiators and negotiations; new sanctions, but not renegotiate."))
                .containsExactly("n@Negotiators", "n@negotiations", "s@new sanctions");
    }

    @Test
    void contractionsGiveNotAndPossessivesDropTheirS() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        matcher.add("do not support", "negated");
        matcher.add("russia", "russia");

        assertThat(found(matcher, "We don't support Russia's demands.")).containsExactly("negated@don't support",
                "russia@Russia");
    }
}
