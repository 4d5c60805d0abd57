package io.newsstream.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The {@code Content-Encoding}s ingest undoes; decoding is bounded, so a small gzip bomb cannot fill the heap. */
enum ContentEncoding {
    IDENTITY,
    GZIP;

    /** @throws RequestRefusedException 415 for an encoding other than gzip or identity */
    static ContentEncoding of(String header) throws RequestRefusedException {
        String name = header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "identity" -> IDENTITY;
            case "gzip", "x-gzip" -> GZIP;
            default -> throw new RequestRefusedException(415, RejectionReason.UNSUPPORTED, "Content-Encoding '"
                    + (name.length() > 40 ? name.substring(0, 40) + "..." : name) + "' is not supported; supported: gzip");
        };
    }

    /**
     * @return the decoded body, never longer than {@code maxBytes}
     * @throws RequestRefusedException 413 when the decoded body is over the limit, 400 when it cannot be decoded
     */
    byte[] decode(byte[] body, int maxBytes) throws RequestRefusedException {
        if (this == IDENTITY) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return BoundedBody.read(in, -1, maxBytes);
        } catch (BodyTooLargeException e) {
            throw new BodyTooLargeException("decompressed request body", maxBytes);
        } catch (IOException e) {
            // ZipException for a bad header or data, EOFException for a truncated stream: either way unreadable.
            throw new RequestRefusedException(400, RejectionReason.BAD_GZIP, "body is not valid gzip", e);
        }
    }
}
