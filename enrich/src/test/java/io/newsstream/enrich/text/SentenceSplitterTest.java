package io.newsstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtStopsQuestionAndExclamationMarks() {
        assertThat(texts("The talks resumed. Would they last? Nobody knew! A new round is due."))
                .containsExactly("The talks resumed.", "Would they last?", "Nobody knew!", "A new round is due.");
    }

    @Test
    void titlesAndInitialsDoNotEndASentence() {
        assertThat(texts("Gen. Mara Ilves met Sen. Tom Reyes and Mr. J. R. Okafor in St. Petersburg. They spoke briefly."))
                .containsExactly("Gen. Mara Ilves met Sen. Tom Reyes and Mr. J. R. Okafor in St. Petersburg.",
                        "They spoke briefly.");
    }

    @Test
    void monthsAndNumbersKeepTheirStops() {
        assertThat(texts("The vote is on Jan. 14 at No. 10 Downing Street. It may slip to Sept. 3."))
                .containsExactly("The vote is on Jan. 14 at No. 10 Downing Street.", "It may slip to Sept. 3.");
    }

    @Test
    void dottedAbbreviationsEndASentenceOnlyBeforeAUsualOpener() {
        assertThat(texts("The U.S. Senate voted. Aid will flow from the U.S. The U.K. Treasury agreed at 9 a.m. Monday."))
                .containsExactly("The U.S. Senate voted.", "Aid will flow from the U.S.",
                        "The U.K. Treasury agreed at 9 a.m. Monday.");
    }

    @Test
    void decimalsAndEllipsesInsideASentenceAreKept() {
        assertThat(texts("Growth was 2.5 per cent... or so they said. Then it fell… Prices rose."))
                .containsExactly("Growth was 2.5 per cent... or so they said.", "Then it fell…", "Prices rose.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(texts("“We will not retreat.” The minister left. \"Why now?\" she asked. 'Enough.' He sat down."))
                .containsExactly("“We will not retreat.”", "The minister left.", "\"Why now?\" she asked.",
                        "'Enough.'", "He sat down.");
    }

    @Test
    void aParagraphBreakAlwaysEndsASentence() {
        assertThat(texts("A headline without a stop\n\nThe story starts with Gen.\n\nAnother paragraph"))
                .containsExactly("A headline without a stop", "The story starts with Gen.", "Another paragraph");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.  Second “quoted.”\n\nThird";
        List<Sentence> sentences = splitter.split(text);

        assertThat(sentences).hasSize(3);
        for (Sentence sentence : sentences) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
        assertThat(sentences.get(1).text()).isEqualTo("Second “quoted.”");
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n ")).isEmpty();
    }
}
