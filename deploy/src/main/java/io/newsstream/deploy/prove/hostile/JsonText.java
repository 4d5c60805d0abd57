package io.newsstream.deploy.prove.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes JSON objects by hand, so a field can hold what a JSON library refuses to write: a lone surrogate escaped as
 * {@code \ud800}, a number where a string belongs, a key twice, or nesting deeper than any parser allows.
 */
final class JsonText {

    private final List<String> members = new ArrayList<>();

    static JsonText object() {
        return new JsonText();
    }

    /** A string member; control characters and unpaired surrogates are escaped, everything else written as is. */
    JsonText string(String key, String value) {
        return raw(key, quote(value));
    }

    /** A member whose value is written exactly as given (a number, {@code true}, an object, broken JSON). */
    JsonText raw(String key, String jsonValue) {
        members.add(quote(key) + ":" + jsonValue);
        return this;
    }

    String build() {
        return "{" + String.join(",", members) + "}";
    }

    /** A JSON string literal of {@code value}. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
