package io.newsstream.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.json.Json;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;

/**
 * An error answer as RFC 9457 problem details ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, plus {@code error} (the same text as {@code detail}), which newsstream's error
 * answers have always carried and clients may read.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    /** The members of a problem answer; callers may add their own (e.g. {@code parameter}) before writing it. */
    public static Map<String, Object> of(int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("error", detail);
        return body;
    }

    public static byte[] bytes(Map<String, Object> problem) {
        try {
            return Json.mapper().writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null || reason.isEmpty() ? "HTTP " + status : reason;
    }
}
