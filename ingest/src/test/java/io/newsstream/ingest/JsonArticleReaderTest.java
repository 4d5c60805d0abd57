package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {

    private final JsonArticleReader reader = new JsonArticleReader();

    @Test
    void readsEveryFieldOfOneArticleAsLineOne() {
        ReadSubmission read = readOnly("""
                {"url":"https://valley.example/story","title":"Mill reopens","text":"The old mill opened again.",
                 "outletHint":"Valley Post","publishedAt":"2025-01-02T03:04:05Z","language":"en"}""");

        assertThat(read.line()).isEqualTo(1);
        assertThat(read.submission()).isEqualTo(new ArticleSubmission("https://valley.example/story", "Mill reopens",
                "The old mill opened again.", "Valley Post", "2025-01-02T03:04:05Z", "en"));
    }

    @Test
    void ignoresUnknownFields() {
        ReadSubmission read = readOnly("{\"text\":\"Rain expected.\",\"priority\":3,\"tags\":[\"weather\"]}");

        assertThat(read.submission().text()).isEqualTo("Rain expected.");
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() {
        ReadSubmission read = readOnly("{\n  \"text\": \"Rain expected.\",\n  oops\n}");

        assertThat(read.rejection().reason()).isEqualTo(RejectionReason.BAD_JSON);
        assertThat(read.rejection().message()).startsWith("not valid JSON at line 3 column 3");
    }

    @Test
    void emptyBodyIsRejected() {
        assertThat(readOnly("  \n").rejection())
                .isEqualTo(new Rejection(RejectionReason.BAD_JSON, "no article: the body is empty"));
    }

    @Test
    void arrayInsteadOfObjectIsRejected() {
        assertThat(readOnly("[{\"text\":\"Rain expected.\"}]").rejection().message())
                .startsWith("expected a JSON object with a text field");
    }

    @Test
    void textThatIsNotAStringIsRejectedNamingTheField() {
        assertThat(readOnly("{\"text\":{\"body\":\"Rain expected.\"}}").rejection().message())
                .startsWith("text must be a string at line 1");
    }

    @Test
    void bytesThatAreNotWellFormedUtf8AreRejectedThoughTheJsonParserWouldReadThem() {
        // C0 AF is an overlong "/", ED A0 80 an encoded surrogate, F4 90 80 80 above U+10FFFF: Jackson reads the first.
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
            byte[] body = concat("{\"text\":\"Rain ".getBytes(StandardCharsets.UTF_8), bad, "\"}".getBytes(StandardCharsets.UTF_8));
            ReadSubmission read = reader.read(new SubmissionBody(body, StandardCharsets.UTF_8, Map.of())).get(0);

            assertThat(read.rejection().reason()).isEqualTo(RejectionReason.BAD_CHARSET);
            assertThat(read.rejection().message()).isEqualTo("not valid UTF-8 at byte 14 (JSON is read as UTF-8)");
        }
        assertThat(readOnly("{\"text\":\"Kyiv \u2014 Zürich \uD83D\uDE00\"}").rejection()).isNull();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void numberForAStringFieldIsRejectedInsteadOfTurnedIntoText() {
        ReadSubmission read = readOnly("{\"text\":12345}");

        assertThat(read.rejection().reason()).isEqualTo(RejectionReason.BAD_JSON);
        assertThat(read.rejection().message()).startsWith("text must be a string at line 1");
    }

    @Test
    void booleanOrDecimalForAStringFieldIsRejectedNamingTheField() {
        assertThat(readOnly("{\"text\":\"Rain expected.\",\"title\":true}").rejection().message())
                .startsWith("title must be a string");
        assertThat(readOnly("{\"text\":\"Rain expected.\",\"language\":1.5}").rejection().message())
                .startsWith("language must be a string");
    }

    @Test
    void secondValueAfterTheArticleIsRejected() {
        ReadSubmission read = readOnly("{\"text\":\"one\"} {\"text\":\"two\"}");

        assertThat(read.rejection().reason()).isEqualTo(RejectionReason.BAD_JSON);
    }

    @Test
    void jsonNullIsRejected() {
        assertThat(readOnly("null").rejection().reason()).isEqualTo(RejectionReason.BAD_JSON);
    }

    private ReadSubmission readOnly(String body) {
        var read = reader.read(new SubmissionBody(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, Map.of()));
        assertThat(read).hasSize(1);
        return read.get(0);
    }
}
