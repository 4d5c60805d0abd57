package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurnameFullNamesTest {

    private static Mention single(String text, String word, int from) {
        int at = text.indexOf(word, from);
        return new Mention(word.toLowerCase(), word, EntityType.PERSON, word, at, at + word.length());
    }

    private static TaggedNames.Found found(String text, Mention single) {
        return new TaggedNames.Found(List.of(), List.of(single), TaggedNames.lowerCaseWords(text));
    }

    @Test
    void surnameAfterAGivenNameIsThePersonAndThePlaceInsideGoes() {
        String text = "A lawsuit by Velmara Ostrik was heard. Ostrik said the case mattered.";
        Mention place = new Mention("velmara", "Velmara", EntityType.LOCATION, "Velmara", 13, 20);
        List<Mention> mentions = new ArrayList<>(List.of(place));

        List<Mention> found = SurnameFullNames.find(text, found(text, single(text, "Ostrik", 30)), mentions);

        assertThat(found).containsExactly(new Mention("velmara-ostrik", "Velmara Ostrik", EntityType.PERSON,
                "Velmara Ostrik", 13, 27));
        assertThat(mentions).isEmpty();
    }

    @Test
    void ordinaryWordsTitlesAndSentenceOpenersAreNoGivenName() {
        String text = "Although Ostrik won, coach Ostrik said so. But Ostrik left, but not far. Coach Ostrik smiled.";

        assertThat(SurnameFullNames.find(text, found(text, single(text, "Ostrik", 0)), new ArrayList<>())).isEmpty();
    }

    @Test
    void surnameOfAPersonNamedInFullIsLeftToTheLinker() {
        String text = "Jana Ostrik spoke. Ostrik left. Marek Ostrik stayed.";
        List<Mention> mentions = new ArrayList<>(List.of(
                new Mention("jana-ostrik", "Jana Ostrik", EntityType.PERSON, "Jana Ostrik", 0, 11)));

        assertThat(SurnameFullNames.find(text, found(text, single(text, "Ostrik", 12)), mentions)).isEmpty();
    }
}
