package io.newsstream.enrich.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What extraction takes from one HTML page; a field the page does not give is null (lists empty).
 *
 * @param body the article text: paragraphs and section headings separated by a blank line; empty when the page has
 *             no article ({@code outcome} says why)
 * @param publisher the publisher's name as the page gives it (JSON-LD, Open Graph, meta tags, copyright line), the
 *                  URL's domain only as a last resort
 * @param language the page's declared language (a BCP 47 tag) when the text agrees with it, else the detected one
 * @param reason why there is no article, for {@link ExtractionOutcome#NO_ARTICLE} and {@link
 *               ExtractionOutcome#NOT_HTML}; else null
 */
public record ExtractedPage(
        String title,
        String body,
        List<String> authors,
        Instant publishedAt,
        String publisher,
        String canonicalUrl,
        String language,
        String description,
        List<String> keywords,
        ExtractionOutcome outcome,
        String reason) {

    public ExtractedPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(outcome, "outcome");
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
