package io.newsstream.core.article;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A half-open character range {@code [start, end)} into an article's body; written as a two-element JSON array. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
