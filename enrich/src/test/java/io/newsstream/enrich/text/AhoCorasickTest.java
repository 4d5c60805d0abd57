package io.newsstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    private static AhoCorasick<String> automaton(String... strings) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String string : strings) {
            map.put(string, string);
        }
        return new AhoCorasick<>(map);
    }

    private static List<String> found(AhoCorasick<String> automaton, String text) {
        return automaton.find(text).stream().map(m -> m.value() + "@" + m.start() + "-" + m.end()).toList();
    }

    @Test
    void longestStringWinsAtTheSameStart() {
        AhoCorasick<String> automaton = automaton("Port", "Port Avel", "Port Avel Harbour");

        assertThat(found(automaton, "Ships left Port Avel Harbour early."))
                .containsExactly("Port Avel Harbour@11-28");
    }

    @Test
    void leftmostMatchWinsOverAnOverlappingLaterOne() {
        AhoCorasick<String> automaton = automaton("Avel Bay", "Bay Council");

        assertThat(found(automaton, "The Avel Bay Council met.")).containsExactly("Avel Bay@4-12");
    }

    @Test
    void shorterStringInsideAFailedLongerOneIsStillFound() {
        AhoCorasick<String> automaton = automaton("Mira Solten", "Solt");

        assertThat(found(automaton, "Mira Solt spoke.")).containsExactly("Solt@5-9");
    }

    @Test
    void matchesOnlyWholeWords() {
        AhoCorasick<String> automaton = automaton("Avel", "UN");

        assertThat(found(automaton, "Avelian UNICEF staff and Avel2 left; UN and Avel stayed.")).containsExactly("UN@37-39", "Avel@44-48");
    }

    @Test
    void possessivesAndPunctuationEndAWord() {
        AhoCorasick<String> automaton = automaton("Zelenskyy", "Kharkiv");

        assertThat(found(automaton, "Zelenskyy's aide, Zelenskyy’s plan (Kharkiv).")).containsExactly(
                "Zelenskyy@0-9", "Zelenskyy@18-27", "Kharkiv@36-43");
    }

    @Test
    void matchesNonAsciiLettersAndRejectsACombiningMarkAfterTheEnd() {
        AhoCorasick<String> automaton = automaton("Erdoğan", "Erdog");

        assertThat(found(automaton, "Erdoğan met Erdog\u0306an.")).containsExactly("Erdoğan@0-7");
    }

    @Test
    void caseMatters() {
        AhoCorasick<String> automaton = automaton("Avel");

        assertThat(found(automaton, "avel AVEL Avel")).containsExactly("Avel@10-14");
    }

    @Test
    void curlyApostrophesAndNoBreakSpacesMatchTheirPlainForms() {
        AhoCorasick<String> automaton = automaton("Dara O'Neill");

        assertThat(found(automaton, "Dara\u00A0O’Neill spoke.")).containsExactly("Dara O'Neill@0-12");
    }

    @Test
    void repeatedAndAdjacentMatchesAreAllFound() {
        AhoCorasick<String> automaton = automaton("Avel", "Solt");

        assertThat(found(automaton, "Avel Solt, Avel-Solt")).containsExactly("Avel@0-4", "Solt@5-9", "Avel@11-15", "Solt@16-20");
    }

    @Test
    void emptyTextAndNoStringsFindNothing() {
        assertThat(found(automaton("Avel"), "")).isEmpty();
        assertThat(found(automaton(), "Avel")).isEmpty();
    }

    @Test
    void findsWhatATextSearchForEveryStringFindsOnRandomText() {
        Random random = new Random(7);
        String[] strings = {"Av", "Avel", "Avel Bay", "Bay", "Bay Council", "el B", "Co", "Council", "a-b", "(A)", "A"};
        AhoCorasick<String> automaton = automaton(strings);
        String alphabet = "AvelBayCoucin -()b.";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(random.nextBoolean() ? strings[random.nextInt(strings.length)]
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            assertThat(found(automaton, text.toString())).as(text.toString())
                    .isEqualTo(naive(strings, text.toString()));
        }
    }

    /** Every whole-word occurrence of every string, then the leftmost-longest ones that do not overlap. */
    private static List<String> naive(String[] strings, String text) {
        List<int[]> all = new ArrayList<>();
        for (int s = 0; s < strings.length; s++) {
            for (int at = text.indexOf(strings[s]); at >= 0; at = text.indexOf(strings[s], at + 1)) {
                int end = at + strings[s].length();
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (wordStart && wordEnd) {
                    all.add(new int[] {at, end, s});
                }
            }
        }
        all.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparing(m -> -m[1]));
        List<String> chosen = new ArrayList<>();
        int taken = 0;
        for (int[] match : all) {
            if (match[0] >= taken) {
                chosen.add(strings[match[2]] + "@" + match[0] + "-" + match[1]);
                taken = match[1];
            }
        }
        return chosen;
    }
}
