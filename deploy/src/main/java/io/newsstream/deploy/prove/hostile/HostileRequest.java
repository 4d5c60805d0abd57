package io.newsstream.deploy.prove.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * One hostile HTTP/1.1 request, written byte for byte by {@link #writer}, with what the service must answer.
 *
 * @param name unique and stable for a seed, e.g. {@code ingest.title-3mib} or {@code sink.limit-overflow#812}
 * @param kind the finding it exercises (several names share one kind), the row of a report
 * @param answerOwed false where a server may rightly close the connection without answering (unparseable framing,
 *                   a body cut short, headers beyond any sane size); then "no answer" is not a failure
 * @param halfClose the client shuts its output down after writing (a body shorter than its Content-Length)
 */
public record HostileRequest(String name, String kind, Service service, Target target, Expectation expectation,
                             boolean answerOwed, boolean halfClose, RequestWriter writer) {

    /** The service a request is aimed at. */
    public enum Service { INGEST, SINK }

    /** What answers are right. A 5xx is wrong for both. */
    public enum Expectation {
        /** Malformed input: only a 4xx is right (400, 405, 411, 413, 414, 415, 431 ...). */
        MUST_BE_4XX,
        /** Well-formed, odd but legal content: a 2xx (then the articles must be stored) or a 4xx refusal. */
        MAY_BE_ACCEPTED
    }

    /** Writes the raw request; built lazily from the request's own seed so 10,000 of them fit in memory. */
    @FunctionalInterface
    public interface RequestWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The exact bytes sent (materialised: for tests and small requests). */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name + " (" + kind + ", " + service + ", " + expectation + ")";
    }
}
