package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownWordsTest {

    private static final KnownWords KNOWN = new KnownWords(List.of("said", "the", "don't", "minister", "won", "not"));

    @Test
    void findsAKnownWordInAnyCaseAndSharesItsString() {
        String text = "The Minister SAID so";
        assertThat(KNOWN.find(text, 0, 3)).isSameAs(KNOWN.find("the", 0, 3)).isEqualTo("the");
        assertThat(KNOWN.find(text, 4, 12)).isEqualTo("minister");
        assertThat(KNOWN.find(text, 13, 17)).isEqualTo("said");
        assertThat(KNOWN.find(text, 18, 20)).isNull();
        assertThat(KNOWN.find("Thé", 0, 3)).isNull();
    }

    @Test
    void tokensAreTheSameWithOrWithoutKnownWords() {
        String text = "The MINISTER said: \u201CWe don't, won't and can\u2019t stop.\u201D Russia's Ürgüp İstanbul "
                + "Cafe\u0301 co-operation 2024 Don't";
        Tokens plain = Tokens.of(text);
        Tokens shared = Tokens.of(text, KNOWN);
        assertThat(words(shared)).isEqualTo(words(plain));
        for (int i = 0; i < plain.size(); i++) {
            assertThat(shared.start(i)).isEqualTo(plain.start(i));
            assertThat(shared.end(i)).isEqualTo(plain.end(i));
            assertThat(shared.capitalised(i)).isEqualTo(plain.capitalised(i));
            assertThat(shared.isWord(i)).isEqualTo(plain.isWord(i));
        }
        assertThat(words(plain)).startsWith("the", "minister", "said", ":", "\"", "we", "do", "not", ",", "will", "not");
    }

    private static List<String> words(Tokens tokens) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.word(i));
        }
        return words;
    }
}
