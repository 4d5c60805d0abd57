package io.newsstream.core.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an article reached newsstream. */
public enum Channel {
    HTTP, FILE, FEED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Channel fromWireName(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
