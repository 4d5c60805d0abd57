package io.newsstream.ingest;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;

/**
 * A request body ready for a {@link SubmissionReader}: its bytes once any Content-Encoding is undone, plus what the
 * request said about them.
 *
 * @param charset from the Content-Type's {@code charset} parameter, UTF-8 when the request named none
 * @param parameters the URL-decoded query parameters (the first value of each)
 * @param charsetDeclared whether the request named the charset; when not, an HTML page's own declaration counts
 */
public record SubmissionBody(byte[] bytes, Charset charset, Map<String, String> parameters, boolean charsetDeclared) {

    public SubmissionBody {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(charset, "charset");
        parameters = Map.copyOf(parameters);
    }

    /** A body whose charset the request named. */
    public SubmissionBody(byte[] bytes, Charset charset, Map<String, String> parameters) {
        this(bytes, charset, parameters, true);
    }
}
