package io.newsstream.ingest;

import io.newsstream.core.text.HtmlDecoder;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code text/html} body as one article: the whole page, decoded with the charset the request names, else
 * the page's byte order mark or {@code <meta charset>}, else UTF-8 (windows-1252 when it is not valid UTF-8). The page
 * is kept as received for enrich to extract; the fields a feeder knows beyond the page come from the query
 * parameters {@code url}, {@code title}, {@code outletHint}, {@code language} and {@code publishedAt}.
 */
public final class HtmlArticleReader implements SubmissionReader {

    public static final String MEDIA_TYPE = "text/html";
    /** Pages served as XHTML are read the same way. */
    public static final String XHTML_MEDIA_TYPE = "application/xhtml+xml";

    static final String TITLE = "title";
    private static final Set<String> PARAMETERS = Set.of(PlainTextArticleReader.URL, TITLE, PlainTextArticleReader.OUTLET_HINT,
            PlainTextArticleReader.LANGUAGE, PlainTextArticleReader.PUBLISHED_AT);

    private final boolean urlFromCanonicalLink;

    /** A reader for requests: the page's URL is the {@code url} parameter or none. */
    public HtmlArticleReader() {
        this(false);
    }

    /**
     * @param urlFromCanonicalLink whether a page without a {@code url} parameter takes the URL its canonical link
     *                             names (for files, which have no other place to say it)
     */
    public HtmlArticleReader(boolean urlFromCanonicalLink) {
        this.urlFromCanonicalLink = urlFromCanonicalLink;
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE, XHTML_MEDIA_TYPE);
    }

    @Override
    public boolean singleArticle() {
        return true;
    }

    @Override
    public List<ReadSubmission> read(SubmissionBody body) throws RequestRefusedException {
        Map<String, String> parameters = body.parameters();
        QueryParameters.requireKnown(parameters, PARAMETERS, "text/html",
                "url, title, outletHint, language and publishedAt");
        String html = HtmlDecoder.decode(body.bytes(), body.charsetDeclared() ? body.charset().name() : null);
        String url = parameters.get(PlainTextArticleReader.URL);
        if ((url == null || url.isBlank()) && urlFromCanonicalLink) {
            url = CanonicalLink.find(html).orElse(null);
        }
        // An empty page becomes a submission without html; the validator answers it like empty text.
        return List.of(ReadSubmission.read(1, new ArticleSubmission(url, parameters.get(TITLE), null,
                parameters.get(PlainTextArticleReader.OUTLET_HINT), parameters.get(PlainTextArticleReader.PUBLISHED_AT),
                parameters.get(PlainTextArticleReader.LANGUAGE), html.isEmpty() ? null : html)));
    }
}
