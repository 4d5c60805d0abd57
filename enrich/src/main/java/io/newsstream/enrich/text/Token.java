package io.newsstream.enrich.text;

/** A word or punctuation mark as written, with its character range in the text it was cut from. */
public record Token(String text, int start, int end) {
}
