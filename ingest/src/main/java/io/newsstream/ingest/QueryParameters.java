package io.newsstream.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Parses a raw query string into URL-decoded parameters; the first value of a repeated name wins. */
final class QueryParameters {

    private static final int MAX_QUOTED_CHARS = 60;

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

    /**
     * Refuses a parameter the media type does not take: a misspelt one would silently drop a field the client meant
     * to send.
     *
     * @param takes the names it takes, as the refusal lists them ("url, outletHint, language and publishedAt")
     */
    static void requireKnown(Map<String, String> parameters, Set<String> known, String mediaType, String takes)
            throws RequestRefusedException {
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                String shown = name.length() > MAX_QUOTED_CHARS ? name.substring(0, MAX_QUOTED_CHARS) + "..." : name;
                throw new RequestRefusedException(400, RejectionReason.BAD_QUERY, "unknown query parameter '" + shown
                        + "'; " + mediaType + " takes " + takes);
            }
        }
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
