package io.newsstream.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a raw query string into URL-decoded parameters; the first value of a repeated name wins. */
final class QueryParameters {

    private QueryParameters() {
    }

    /** @param rawQuery the query as sent, still percent-encoded; null or empty when there is none */
    static Map<String, String> parse(String rawQuery) throws RequestRefusedException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String encoded) throws RequestRefusedException {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RequestRefusedException(400, RejectionReason.BAD_QUERY,
                    "query string is not valid URL encoding: " + e.getMessage());
        }
    }
}
