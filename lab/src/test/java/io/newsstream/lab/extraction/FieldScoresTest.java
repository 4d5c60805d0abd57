package io.newsstream.lab.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldScoresTest {

    @Test
    void titlesCompareAfterNormalisation() {
        assertThat(FieldScores.titleCorrect("“Quoted” — headline\u200B", "\"quoted\"  -  HEADLINE")).isTrue();
        assertThat(FieldScores.titleCorrect("Ｆｕｌｌ width", "Full width")).isTrue();
        assertThat(FieldScores.titleCorrect("A headline", "A headline | Site")).isFalse();
        assertThat(FieldScores.titleCorrect("A headline", null)).isFalse();
    }

    @Test
    void authorsCountAsMultisets() {
        FieldScores.AuthorCounts counts = FieldScores.authors(List.of("Jane Doe", "John Roe"),
                List.of("JANE DOE", "Someone Else"));

        assertThat(counts).isEqualTo(new FieldScores.AuthorCounts(1, 1, 1));
        assertThat(counts.plus(new FieldScores.AuthorCounts(1, 0, 0)).precision()).isEqualTo(2.0 / 3);
    }

    @Test
    void datesCompareAsCalendarDaysInTheTruthsOffset() {
        Instant truth = Instant.parse("2024-05-03T22:30:00Z");
        ZoneOffset berlin = ZoneOffset.ofHours(2);

        // 00:30 on 4 May in the truth's own offset: the same day as the truth there.
        assertThat(FieldScores.dateCorrect(truth, berlin, Instant.parse("2024-05-03T23:00:00Z"))).isTrue();
        assertThat(FieldScores.dateCorrect(truth, berlin, Instant.parse("2024-05-03T12:00:00Z"))).isFalse();
        assertThat(FieldScores.dateCorrect(truth, null, Instant.parse("2024-05-03T12:00:00Z"))).isTrue();
        assertThat(FieldScores.dateCorrect(truth, berlin, null)).isFalse();
    }

    @Test
    void publishersMatchAsWholeWordsOrWithoutSpaces() {
        assertThat(FieldScores.publisherCorrect("Times Of India", "The Times of India")).isTrue();
        assertThat(FieldScores.publisherCorrect("The BBC", "BBC News")).isTrue();
        assertThat(FieldScores.publisherCorrect("SeznamZpravy", "Seznam Zprávy")).isTrue();
        assertThat(FieldScores.publisherCorrect("El Mundo", "ELMUNDO")).isTrue();
        assertThat(FieldScores.publisherCorrect("Münchner Merkur", "merkur.de")).isTrue();
        assertThat(FieldScores.publisherCorrect("Spiegel Online", "DER SPIEGEL")).isTrue();
        assertThat(FieldScores.publisherCorrect("Westdeutscher Rundfunk", "WDR")).isFalse();
        assertThat(FieldScores.publisherCorrect("Daily Star", "Daily Mail")).isFalse();
    }
}
