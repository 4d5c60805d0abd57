package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainTextArticleReaderTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader();

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreHandled() throws Exception {
        ReadSubmission read = read("\uFEFFPark reopens\r\n\r\nThe park reopened.\r\nThe fountain works again.\r\n");

        assertThat(read.submission().title()).isEqualTo("Park reopens");
        assertThat(read.submission().text()).isEqualTo("The park reopened.\nThe fountain works again.");
    }

    @Test
    void blankBodyBecomesAnEmptyTextForTheValidatorToRefuse() throws Exception {
        ReadSubmission read = read(" \n\n ");

        assertThat(read.submission().text()).isEmpty();
        assertThat(read.submission().title()).isNull();
    }

    @Test
    void parametersFillTheOtherFields() throws Exception {
        ReadSubmission read = reader.read(new SubmissionBody("T\nBody.".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                Map.of("url", "https://a.example/x", "outletHint", "A Daily", "language", "fr", "publishedAt", "2025-01-01"))).get(0);

        assertThat(read.submission()).isEqualTo(
                new ArticleSubmission("https://a.example/x", "T", "Body.", "A Daily", "2025-01-01", "fr"));
    }

    private ReadSubmission read(String body) throws RequestRefusedException {
        return reader.read(new SubmissionBody(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, Map.of())).get(0);
    }
}
