package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void bodyWithinTheLimitIsReadWhole() throws Exception {
        byte[] body = new byte[20_000];
        body[19_999] = 7;

        assertThat(BoundedBody.read(new ByteArrayInputStream(body), -1, 20_000)).isEqualTo(body);
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedWithoutReading() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        assertThatThrownBy(() -> BoundedBody.read(untouchable, 101, 100))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("request body is over the limit of 100 bytes");
    }

    @Test
    void undeclaredBodyIsRefusedOnceItPassesTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThatThrownBy(() -> BoundedBody.read(endless, -1, 50_000)).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void bodyLongerThanItsDeclaredLengthIsStillBounded() {
        assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(new byte[300]), 10, 100))
                .isInstanceOf(BodyTooLargeException.class);
    }
}
