package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-05-03T15:47:42.389Z | 2024-05-03T15:47:42Z",
            "2024-05-03T15:47:42+02:00 | 2024-05-03T13:47:42Z",
            "2024-05-03T15:47:42+0200 | 2024-05-03T13:47:42Z",
            "2024-05-03 15:47:42.389000+00:00 | 2024-05-03T15:47:42Z",
            "2024-05-03T15:47 | 2024-05-03T15:47:00Z",
            "2024-05-03T09:00:00-05:00 | 2024-05-03T14:00:00Z",
            "2024-05-03 | 2024-05-03T12:00:00Z",
            "20240503 | 2024-05-03T12:00:00Z",
            "Fri, 03 May 2024 15:47:42 GMT | 2024-05-03T15:47:42Z",
            "Fri, 03 May 2024 15:47:42 +0200 | 2024-05-03T13:47:42Z",
            "May 3, 2024 3:47 PM EDT | 2024-05-03T19:47:00Z",
            "Published 3rd May 2024 | 2024-05-03T12:00:00Z",
            "03.05.2024, 15:47 | 2024-05-03T15:47:00Z",
            "2024.05.03 15:47 KST | 2024-05-03T06:47:00Z",
            "1714751262 | 2024-05-03T15:47:42Z",
            "1714751262000 | 2024-05-03T15:47:42Z"})
    void readsTheFormatsPagesWrite(String written, String instant) {
        assertThat(parser.parse(written)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-45", "1880-01-01", "12345"})
    void refusesWhatIsNoDate(String written) {
        assertThat(parser.parse(written)).isNull();
    }
}
