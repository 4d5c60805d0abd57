package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedNamesTest {

    private static List<Mention> sightings(String text, String word) {
        List<Mention> words = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            words.add(new Mention(word.toLowerCase(), word, EntityType.PERSON, word, at, at + word.length()));
        }
        return words;
    }

    @Test
    void loneWordSeenTwiceIsAPersonWhenTheTextHasItSpeak() {
        String text = "Ostrik arrived late. Later Ostrik said the road was closed.";

        assertThat(TaggedNames.resolveSingleWords(text, sightings(text, "Ostrik"), List.of())).hasSize(2);
    }

    @Test
    void loneWordSeenTwiceThatNeverSpeaksOrActsIsNoPerson() {
        String text = "The road to Ostrik was closed. Villagers in Ostrik waited for days.";

        assertThat(TaggedNames.resolveSingleWords(text, sightings(text, "Ostrik"), List.of())).isEmpty();
    }
}
