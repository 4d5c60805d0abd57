package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SectionHeadersTest {

    private final SectionHeaders headers = SectionHeaders.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"ALSO READ", "Related Articles", "Key events", "Most popular:", "Lesen Sie auch »",
            "Mehr zum Thema", "À lire aussi", "Lee también", "関連記事", "Czytaj także…"})
    void headersInTheLanguagesOfTheFeedsAreRecognised(String line) {
        assertThat(headers.isHeader(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Also read the minutes of the meeting.", "Related articles appeared in three papers.",
            "Most popular leaders lose their shine."})
    void sentencesThatStartLikeAHeaderAreNotHeaders(String line) {
        assertThat(headers.isHeader(line)).isFalse();
    }

    @Test
    void emptyHeaderFailsNamingFileAndLine() {
        String table = "# header\nen\tread more\nen\t:\n";

        assertThatThrownBy(() -> SectionHeaders.fromTable(DataFile.read("test-headers.tsv", new StringReader(table))))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-headers.tsv line 3");
    }
}
