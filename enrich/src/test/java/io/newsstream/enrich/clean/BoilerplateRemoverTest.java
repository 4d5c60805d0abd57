package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRemoverTest {

    private final BoilerplateRemover remover = BoilerplateRemover.bundled();

    @ParameterizedTest
    @ValueSource(strings = {
            "fbpx",
            "Exit mobile version",
            "Comments are closed.",
            "Submit a Comment",
            "  Share this:  ",
            "ADVERTISEMENT",
            "Home » World » Europe",
            "News | World | Russia",
            "Defence | Europe | Posted 14:20",
            "Sport › Football › Premier League",
            "Read more: Harbour strike enters its second week",
            "Support our independent journalism today",
            "Please support quality journalism with a monthly gift.",
            "The minister arrives at the summit hall on Tuesday. (Jane Example/Newswire)",
            "Photo: Ministry press office",
            "Image caption, Delegates arrive for the second day of talks",
            "Image source, Newswire",
            "© 2024 Example Media. All rights reserved.",
            "12 comments"})
    void dropsKnownBoilerplateLines(String line) {
        assertThat(remover.isBoilerplate(line)).isTrue();
        assertThat(remover.clean(List.of("The council met on Monday.", line))).containsExactly("The council met on Monday.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Officials agreed to share this assessment with allies, the ministry said.",
            "Comments are closed to the public until the inquiry ends, the court said.",
            "Read more widely, the report paints a gloomier picture.",
            "The mayor thanked residents who support local journalism in the valley.",
            "Advertisement revenue fell by a third, the broadcaster said.",
            "The vote split the chamber | the opposition walked out before the count was read."})
    void keepsSentencesThatOnlyShareWordsWithBoilerplate(String line) {
        assertThat(remover.isBoilerplate(line)).isFalse();
        assertThat(remover.clean(List.of(line))).containsExactly(line.strip());
    }

    @Test
    void cutsSyndicationFooterButKeepsTheSentenceBeforeIt() {
        List<String> cleaned = remover.clean(List.of(
                "The envoy urged both sides to keep talking. Read Full Article at example-news.com"));

        assertThat(cleaned).containsExactly("The envoy urged both sides to keep talking.");
    }

    @Test
    void dropsBlankLinesAndTrimsTheRest() {
        assertThat(remover.clean(List.of("", "  First paragraph.  ", "   ", "Second paragraph.")))
                .containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void unknownRuleKindFailsNamingFileAndLine() {
        String table = "# header\nline\tfbpx\nwhole\tShare\n";

        assertThatThrownBy(() -> BoilerplateRemover.fromTable(DataFile.read("test-boilerplate.txt", new StringReader(table))))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-boilerplate.txt line 3")
                .hasMessageContaining("whole");
    }

    @Test
    void invalidRegularExpressionFailsNamingFileAndLine() {
        String table = "pattern\t(unclosed\n";

        assertThatThrownBy(() -> BoilerplateRemover.fromTable(DataFile.read("test-boilerplate.txt", new StringReader(table))))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-boilerplate.txt line 1")
                .hasMessageContaining("regular expression");
    }
}
