package io.newsstream.lab.extraction;

import java.time.Instant;
import java.util.List;

/**
 * One page of an extraction data set with what a careful reader takes from it; a field the data set does not give
 * is null (the article-extraction benchmark gives only the body).
 *
 * @param name the page's file, relative to the data set's page folder
 * @param html the page as fetched (undecoded bytes: the charset comes from the page itself)
 * @param scrapedText the page as the plain text a simple scraper keeps, or null where the data set has none
 */
public record ExtractionPage(
        String name,
        String url,
        byte[] html,
        String scrapedText,
        String title,
        List<String> authors,
        Instant publishedAt,
        String publisher,
        String body) {
}
