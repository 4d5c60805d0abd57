package io.newsstream.enrich.authors;

/**
 * An author's name where a byline, signature or credit line writes it in the body.
 *
 * @param start offset of the name in the body
 * @param end offset just past it
 */
public record AuthorMention(String name, int start, int end) {
}
