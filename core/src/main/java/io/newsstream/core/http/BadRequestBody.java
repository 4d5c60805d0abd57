package io.newsstream.core.http;

import java.io.EOFException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;

/**
 * Recognises the exceptions a handler meets when the client's request body is at fault: it ended before its
 * Content-Length, or its chunked framing broke. Those are 400 answers, never 500.
 */
final class BadRequestBody {

    private BadRequestBody() {
    }

    /** The reason to give the client, or empty when the failure is not the request body's. */
    static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return Optional.of("the request body ended before its announced length");
            }
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of("malformed request body: " + (cause.getMessage() == null ? "bad framing"
                        : cause.getMessage()));
            }
        }
        return Optional.empty();
    }
}
