package io.newsstream.enrich.text;

/**
 * One sentence of a text: {@code text} is {@code source.substring(start, end)}, without surrounding whitespace.
 *
 * @param start offset of the first character in the text it was split from
 * @param end offset just after the last character
 */
public record Sentence(int start, int end, String text) {

    public Sentence {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("invalid sentence [" + start + ", " + end + ") of length " + text.length());
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
