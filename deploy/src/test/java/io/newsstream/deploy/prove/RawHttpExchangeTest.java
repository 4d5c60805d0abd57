package io.newsstream.deploy.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawHttpExchangeTest {

    private static RawHttpExchange.Answer read(String wire) throws IOException {
        return RawHttpExchange.read(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void readsStatusAndBodyOfFixedLength() throws IOException {
        RawHttpExchange.Answer answer = read("HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\n{}trailing");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void readsChunkedBody() throws IOException {
        RawHttpExchange.Answer answer = read(
                "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void connectionClosedWithoutAnAnswerIsNoStatus() throws IOException {
        assertThat(read("").status()).isEqualTo(RawHttpExchange.CLOSED);
        assertThat(read("garbage\r\n").status()).isEqualTo(RawHttpExchange.CLOSED);
    }

    @Test
    void serverErrorKeepsItsStatus() throws IOException {
        assertThat(read("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n").status()).isEqualTo(500);
    }

    @Test
    void streamEventArticleIdIsTheTopLevelId() throws IOException {
        assertThat(SseReader.articleId("{\"outlet\":{\"id\":\"nested\"},\"id\":\"abc\",\"text\":\"x\"}")).isEqualTo("abc");
    }
}
