package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void surnameOfTwoPeopleNamedInFullIsNoPersonOfItsOwn() {
        String text = "Scott Ostrik and his wife, Jamie Ostrik, disagreed. Ostrik said no. Later Ostrik said yes.";
        List<Mention> fullNames = List.of(
                new Mention("scott-ostrik", "Scott Ostrik", EntityType.PERSON, "Scott Ostrik", 0, 12),
                new Mention("jamie-ostrik", "Jamie Ostrik", EntityType.PERSON, "Jamie Ostrik", 27, 39));
        List<Mention> loneWords = sightings(text, "Ostrik").stream().filter(word -> word.start() > 40).toList();

        assertThat(TaggedNames.resolveSingleWords(text, loneWords, fullNames)).isEmpty();
    }

    @Test
    void loneWordSeenTwiceThatNeverSpeaksOrActsIsNoPerson() {
        String text = "The road to Ostrik was closed. Villagers in Ostrik waited for days.";

        assertThat(TaggedNames.resolveSingleWords(text, sightings(text, "Ostrik"), List.of())).isEmpty();
    }

    private static TaggedSpan span(String text, EntityType type, String name) {
        int at = text.indexOf(name);
        return new TaggedSpan(type, at, at + name.length(), name);
    }

    @Test
    void ordinaryWordOpeningTheSentenceIsNoPartOfTheName() {
        String text = "Doug Varney and Mark Pell walked up, both tired. Both Varney and Pell wore glasses.";

        TaggedNames.Found found = new TaggedNames(NameTagger.bundled()).found(text,
                List.of(span(text, EntityType.PERSON, "Both Varney")), new ArrayList<>());

        assertThat(found.fullNames()).isEmpty();
        assertThat(found.singleWords()).extracting(Mention::surface).containsExactly("Varney");
    }

    @Test
    void titleAndSurnameOfAPersonNamedInFullIsASingleWordToLink() {
        String text = "House Speaker Tim Orrin opened. Later, Speaker Orrin said the vote would wait.";
        List<TaggedSpan> spans = List.of(span(text, EntityType.PERSON, "Tim Orrin"),
                span(text, EntityType.PERSON, "Speaker Orrin"));

        TaggedNames.Found found = new TaggedNames(NameTagger.bundled()).found(text, spans, new ArrayList<>());

        assertThat(found.fullNames()).extracting(Mention::surface).containsExactly("Tim Orrin");
        assertThat(found.singleWords()).extracting(Mention::surface).containsExactly("Orrin");
    }

    @Test
    void lowerCaseWordsAreTheRegularExpressionsWords() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
        String alphabet = "aZé9 -.'\u00B2\u2167\u0301\u2019ßİ\uD835\uDC00\uD801\uDC28xQ";
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Set<String> expected = new HashSet<>();
            Matcher matcher = word.matcher(text);
            while (matcher.find()) {
                if (Character.isLowerCase(text.charAt(matcher.start()))) {
                    expected.add(matcher.group());
                }
            }
            assertThat(TaggedNames.lowerCaseWords(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }
}
