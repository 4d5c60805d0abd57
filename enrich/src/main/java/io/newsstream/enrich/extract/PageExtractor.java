package io.newsstream.enrich.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one HTML page into an article: parses it once and hands the same document to the metadata reader and then
 * to the body finder (which removes page furniture from it). Safe to share between threads.
 */
public final class PageExtractor {

    /** The page text of an article as decoded by ingest (see {@code HtmlDecoder}); {@code url} may be null. */
    public ExtractedPage extract(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        // Placeholder until the body finder and metadata reader land: the whole visible text.
        String text = page.body() == null ? "" : page.body().text();
        return new ExtractedPage(page.title(), text, List.of(), null, null, null, null, null, List.of(),
                text.isBlank() ? ExtractionOutcome.NO_ARTICLE : ExtractionOutcome.ARTICLE,
                text.isBlank() ? "no text" : null);
    }
}
