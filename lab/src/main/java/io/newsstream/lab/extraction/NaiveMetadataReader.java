package io.newsstream.lab.extraction;

import io.newsstream.enrich.extract.PageMetadata;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The baseline the metadata figures start from: the {@code <title>} as it is, {@code meta name=author},
 * {@code article:published_time} read as ISO 8601 with an offset, and the URL's host as the publisher.
 */
public final class NaiveMetadataReader {

    public PageMetadata read(Document page, String url) {
        Element author = page.selectFirst("meta[name=author][content]");
        Element published = page.selectFirst("meta[property=article:published_time][content]");
        return new PageMetadata(page.title(), author == null ? List.of() : List.of(author.attr("content")),
                published == null ? null : instant(published.attr("content")), host(url), null, null, null,
                List.of());
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String host(String url) {
        try {
            return url == null ? null : URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
