package io.newsstream.enrich.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one HTML page into an article: parses it once (at most {@link HtmlCheck#MAX_CHARS} characters of it) and
 * hands the same document to the metadata reader and the body finder, neither of which changes it. Safe to share
 * between threads.
 */
public final class PageExtractor {

    private final BodyFinder bodyFinder = new BodyFinder();

    /** The page text of an article as decoded by ingest (see {@code HtmlDecoder}); {@code url} may be null. */
    public ExtractedPage extract(String html, String url) {
        String notHtml = HtmlCheck.whyNotHtml(html);
        if (notHtml != null) {
            return new ExtractedPage(null, "", List.of(), null, null, null, null, null, List.of(),
                    ExtractionOutcome.NOT_HTML, notHtml);
        }
        Document page = Jsoup.parse(HtmlCheck.bounded(html), url == null ? "" : url);
        String title = page.title().isBlank() ? null : page.title().strip();
        BodyFinder.Body body = bodyFinder.find(page);
        return new ExtractedPage(title, body.text(), List.of(), null, null, null, null, null, List.of(),
                body.outcome(), body.reason());
    }
}
