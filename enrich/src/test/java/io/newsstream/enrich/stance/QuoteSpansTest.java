package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {

    /** The words of each quote, joined by spaces. */
    private static List<String> quoted(String text) {
        Tokens tokens = Tokens.of(text);
        QuoteSpans quotes = QuoteSpans.of(text, tokens);
        List<String> found = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            List<String> words = new ArrayList<>();
            for (int t = quotes.firstToken(q); t < quotes.endToken(q); t++) {
                if (tokens.isWord(t)) {
                    words.add(tokens.word(t));
                }
                assertThat(quotes.quoteOf(t)).isEqualTo(q);
            }
            found.add(String.join(" ", words));
        }
        return found;
    }

    @Test
    void curlyQuotesPairStraightOnesAlternateAndAParagraphEndClosesAQuote() {
        assertThat(quoted("\u201CWe are ready,\u201D she said. \"Not yet,\" he said. \u00ABNon\u00BB.\n\"Still open"
                + "\n\u201CAnd this"))
                .containsExactly("we are ready", "not yet", "non", "still open", "and this");
    }

    @Test
    void wordsOutsideQuotesBelongToNone() {
        String text = "Ana said \"yes\" twice.";
        Tokens tokens = Tokens.of(text);
        QuoteSpans quotes = QuoteSpans.of(text, tokens);
        assertThat(quotes.quoteOf(0)).isEqualTo(-1);
        assertThat(quotes.quoteOf(tokens.size() - 1)).isEqualTo(-1);
        assertThat(quotes.insideQuote(tokens, text.indexOf("yes"))).isTrue();
        assertThat(quotes.insideQuote(tokens, text.indexOf("twice"))).isFalse();
    }
}
