package io.newsstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void possessiveIsItsOwnTokenSoTheNameEndsBeforeIt() {
        assertThat(words("Obama’s aide and Griner's team")).containsExactly("Obama", "’s", "aide", "and", "Griner",
                "'s", "team");
    }

    @Test
    void hyphensParticlesAndApostrophesInsideNamesKeepThemWhole() {
        assertThat(words("Jean-Noël Barrot met Sultan al-Jaber and O'Brien."))
                .containsExactly("Jean-Noël", "Barrot", "met", "Sultan", "al-Jaber", "and", "O'Brien", ".");
    }

    @Test
    void abbreviationsAndInitialsKeepTheirDotButASentenceEndDoesNot() {
        assertThat(words("Mr. J. K. Rowling of the U.S. spoke."))
                .containsExactly("Mr.", "J.", "K.", "Rowling", "of", "the", "U.S.", "spoke", ".");
    }

    @Test
    void tokensKnowWhereTheyStand() {
        String text = "  “Hi,” said Ann.";
        for (Token token : Tokenizer.tokenize(text)) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }
}
