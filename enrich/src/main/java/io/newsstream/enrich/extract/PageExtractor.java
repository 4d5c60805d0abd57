package io.newsstream.enrich.extract;

import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.enrich.outlet.OutletCatalog;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one HTML page into an article: parses it once (at most {@link HtmlCheck#MAX_CHARS} characters of it) and
 * hands the same document to the metadata reader and the body finder, neither of which changes it; the page's
 * declared language is then checked against the body found. Safe to share between threads.
 */
public final class PageExtractor {

    private final PageMetadataReader metadataReader;
    private final BodyFinder bodyFinder = new BodyFinder();
    private final LanguageDetector languages = LanguageDetector.bundled();

    /** An extractor that names publishers as the bundled knowledge base's outlets. */
    public PageExtractor() {
        metadataReader = new PageMetadataReader();
    }

    /** An extractor that names publishers as {@code outlets} does (the catalog the outlet step uses). */
    public PageExtractor(OutletCatalog outlets) {
        metadataReader = new PageMetadataReader(outlets);
    }

    /** The page text of an article as decoded by ingest (see {@code HtmlDecoder}); {@code url} may be null. */
    public ExtractedPage extract(String html, String url) {
        String notHtml = HtmlCheck.whyNotHtml(html);
        if (notHtml != null) {
            return new ExtractedPage(null, "", List.of(), null, null, null, null, null, List.of(),
                    ExtractionOutcome.NOT_HTML, notHtml);
        }
        Document page = Jsoup.parse(HtmlCheck.bounded(html), url == null ? "" : url);
        PageMetadata metadata = metadataReader.read(page, url);
        BodyFinder.Body body = bodyFinder.find(page);
        // Templates often declare their site's default language whatever the article is written in.
        String language = languages.confirm(metadata.declaredLanguage(), body.text());
        return new ExtractedPage(metadata.title(), body.text(), metadata.authors(), metadata.publishedAt(),
                metadata.publisher(), metadata.canonicalUrl(), language, metadata.description(), metadata.keywords(),
                body.outcome(), body.reason());
    }
}
