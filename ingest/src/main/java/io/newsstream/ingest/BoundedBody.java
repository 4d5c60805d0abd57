package io.newsstream.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body into memory, but never more than a limit, so a huge or endless body cannot exhaust the heap. */
public final class BoundedBody {

    private static final int CHUNK = 8192;

    private BoundedBody() {
    }

    /**
     * @param declaredLength the Content-Length header, or -1 when absent (chunked), checked first to refuse early
     * @throws BodyTooLargeException as soon as more than {@code maxBytes} are declared or read
     */
    public static byte[] read(InputStream in, long declaredLength, int maxBytes) throws IOException, BodyTooLargeException {
        if (declaredLength > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        int expected = declaredLength >= 0 ? (int) declaredLength : CHUNK;
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(expected, CHUNK * 16));
        byte[] chunk = new byte[CHUNK];
        int read;
        while ((read = in.read(chunk)) != -1) {
            if (body.size() + (long) read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }
}
