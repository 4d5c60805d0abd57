package io.newsstream.enrich.authors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BylineFinderTest {

    private static final String STORY = "The ferry strike ended on Tuesday after nine days, union leaders said.";

    private final BylineFinder finder = new BylineFinder();

    private List<String> authors(String body) {
        return finder.find(body).stream().map(AuthorMention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Mara Vint|Mara Vint",
            "By: Mara Vint - Reporter / @mvint|Mara Vint",
            "By Mara Vint  Today, 9:41 am|Mara Vint",
            "Mara Vint for Harbour Gazette|Mara Vint",
            "Mara Vint · Harbour Gazette · Posted: Jun 3, 2031|Mara Vint",
            "Mara Vint in Lisbon|Mara Vint",
            "Author: Mara Vint|Mara Vint",
            "Mara Vint|Mara Vint",
            "By Pieter van Loon, Harbour Gazette|Pieter van Loon"})
    void bylineShapesUnderTheHeadline(String byline, String author) {
        assertThat(authors(byline + "\n\n" + STORY)).containsExactly(author);
    }

    @Test
    void severalAuthorsInOneByline() {
        assertThat(authors("By Mara Vint and Ilse Braun, Harbour Gazette\n\n" + STORY)).containsExactly("Mara Vint", "Ilse Braun");
    }

    @Test
    void reportersAreAuthorsButEditorsAreNot() {
        assertThat(authors(STORY + "\n\nReporting by Mara Vint and Ilse Braun; Editing by Tomas Eld"))
                .containsExactly("Mara Vint", "Ilse Braun");
    }

    @Test
    void contributorsAreAuthors() {
        assertThat(authors(STORY + "\n\nAssociated Press writer Mara Vint in New Delhi contributed to this report."))
                .containsExactly("Mara Vint");
        assertThat(authors(STORY + "\n\n— Harbour Gazette's Ilse Braun contributed to this story.")).containsExactly("Ilse Braun");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Breaking News", "Mayor Asks Council for Harbour Funds", "What Happens Next", "Latest Updates"})
    void headingsAndHeadlinesAreNotAuthors(String line) {
        assertThat(authors(line + "\n\n" + STORY)).isEmpty();
    }

    @Test
    void aLoneParagraphIsTheStoryNotAByline() {
        assertThat(authors("Mara Vint")).isEmpty();
    }

    @Test
    void offsetsPointAtTheNameInTheBody() {
        String body = STORY + "\n\nBy Mara Vint";

        AuthorMention author = finder.find(body).get(0);

        assertThat(body.substring(author.start(), author.end())).isEqualTo("Mara Vint");
    }

    @Test
    void namesInTheMiddleOfTheStoryAreNotBylines() {
        String body = String.join("\n\n", STORY, STORY, STORY, STORY, "Mara Vint", STORY, STORY, STORY, STORY, STORY, STORY, STORY);

        assertThat(authors(body)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Mara Vint", "  Mara Vint for Harbour Gazette ", "Mara Vint", "Reporting by Mara Vint; Editing by Ilse Braun",
            "Harbour Gazette writer Mara Vint contributed to this report.", "What Next For The Harbour", "Follow us",
            "The ferry strike ended on Tuesday.", "."})
    void oneLineIsABylineExactlyWhenFindFindsOneInItAmongOtherParagraphs(String line) {
        assertThat(finder.isByline(line)).isEqualTo(!finder.find(".\n" + line).isEmpty());
    }

    @Test
    void aLongCreditParagraphIsABylineLine() {
        String credit = "Reporting by Mara Vint in Lisbon and Ilse Braun in Porto; additional reporting by Tomas Ek; "
                + "writing by Pieter van Loon; editing by the harbour desk, who checked every figure in this report.";

        assertThat(credit.length()).isGreaterThan(160);
        assertThat(finder.isByline(credit)).isTrue();
        assertThat(finder.isByline("")).isFalse();
    }
}
