package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdjsonArticleReaderTest {

    private final NdjsonArticleReader reader = new NdjsonArticleReader(3);

    @Test
    void lineNumbersCountBlankLinesSoTheyMatchTheClientsFile() throws Exception {
        List<ReadSubmission> read = read("\n{\"text\":\"Harbour news.\"}\n   \n{\"text\":\"Valley news.\"}", StandardCharsets.UTF_8);

        assertThat(read).extracting(ReadSubmission::line).containsExactly(2, 4);
        assertThat(read).extracting(r -> r.submission().text()).containsExactly("Harbour news.", "Valley news.");
    }

    @Test
    void badLineIsRejectedWithItsLineNumberAndColumn() throws Exception {
        ReadSubmission bad = read("{\"text\":\"fine\"}\n{\"text\":\"cut", StandardCharsets.UTF_8).get(1);

        assertThat(bad.line()).isEqualTo(2);
        assertThat(bad.rejection().reason()).isEqualTo(RejectionReason.BAD_JSON);
        assertThat(bad.rejection().message()).startsWith("line 2: not valid JSON at column ");
    }

    @Test
    void fieldOfTheWrongTypeIsRejectedNamingTheFieldAndColumn() throws Exception {
        ReadSubmission bad = read("{\"text\":[\"a\",\"b\"]}", StandardCharsets.UTF_8).get(0);

        assertThat(bad.rejection().message()).isEqualTo("line 1: text must be a string at column 9");
    }

    @Test
    void moreArticlesThanTheLimitAreRefusedWith413() {
        String four = "{\"text\":\"1\"}\n{\"text\":\"2\"}\n\n{\"text\":\"3\"}\n{\"text\":\"4\"}\n";

        assertThatThrownBy(() -> read(four, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.reason()).isEqualTo(RejectionReason.TOO_MANY);
                })
                .hasMessageContaining("more than 3 articles");
    }

    @Test
    void blankLinesDoNotCountTowardsTheLimit() throws Exception {
        assertThat(read("\n\n{\"text\":\"1\"}\n\n\n{\"text\":\"2\"}\n\n{\"text\":\"3\"}\n\n\n", StandardCharsets.UTF_8)).hasSize(3);
    }

    @Test
    void charsetOtherThanUtf8IsRefusedWith415() {
        assertThatThrownBy(() -> read("{\"text\":\"1\"}", StandardCharsets.UTF_16))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessage("charset UTF-16 is not supported for NDJSON; send UTF-8");
    }

    private List<ReadSubmission> read(String body, Charset charset) throws RequestRefusedException {
        return reader.read(new SubmissionBody(body.getBytes(charset), charset, Map.of()));
    }
}
