package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentEncodingTest {

    @Test
    void absentOrIdentityEncodingLeavesTheBodyAlone() throws Exception {
        byte[] body = "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(ContentEncoding.of(null).decode(body, 100)).isSameAs(body);
        assertThat(ContentEncoding.of("identity")).isEqualTo(ContentEncoding.IDENTITY);
    }

    @Test
    void gzipIsRecognisedInAnyCaseAndUnderItsOldName() throws Exception {
        assertThat(ContentEncoding.of("GZip")).isEqualTo(ContentEncoding.GZIP);
        assertThat(ContentEncoding.of("x-gzip")).isEqualTo(ContentEncoding.GZIP);
    }

    @Test
    void gzipBodyIsInflated() throws Exception {
        byte[] compressed = GzipHttpTest.gzip("The orchard festival is on Sunday.");

        assertThat(new String(ContentEncoding.GZIP.decode(compressed, 1000), StandardCharsets.UTF_8))
                .isEqualTo("The orchard festival is on Sunday.");
    }

    @Test
    void inflatedBodyOverTheLimitIsRefusedWith413() throws Exception {
        byte[] bomb = GzipHttpTest.gzip(new byte[5_000_000]);

        assertThatThrownBy(() -> ContentEncoding.GZIP.decode(bomb, 64 * 1024))
                .isInstanceOfSatisfying(BodyTooLargeException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessage("decompressed request body is over the limit of 65536 bytes");
    }

    @Test
    void emptyGzipBodyIsRefusedAsBadGzip() {
        assertThatThrownBy(() -> ContentEncoding.GZIP.decode(new byte[0], 100))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo(RejectionReason.BAD_GZIP);
                });
    }

    @Test
    void unknownEncodingIsRefusedWith415() {
        assertThatThrownBy(() -> ContentEncoding.of("deflate"))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessage("Content-Encoding 'deflate' is not supported; supported: gzip");
    }
}
