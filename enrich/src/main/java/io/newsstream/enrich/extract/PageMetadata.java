package io.newsstream.enrich.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about its article beside the body; a field the page does not give is null (lists empty).
 *
 * @param publishedAt when the article was first published; a page that gives only a day is read as noon UTC of that
 *                    day, one that gives a time without a zone as UTC
 * @param publisher the publisher's name, the URL's host only when the page names no publisher
 * @param canonicalUrl the address the page declares as its own ({@code rel=canonical}, {@code og:url}, JSON-LD)
 * @param declaredLanguage the language the page declares (a BCP 47 tag such as {@code de-AT}), not checked against
 *                         the text
 */
public record PageMetadata(
        String title,
        List<String> authors,
        Instant publishedAt,
        String publisher,
        String canonicalUrl,
        String declaredLanguage,
        String description,
        List<String> keywords) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
