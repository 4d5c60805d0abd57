package io.newsstream.ingest;

/**
 * One article exactly as a client sent it, before any validation; every field may be missing.
 *
 * @param publishedAt kept as text so the validator can say what was wrong with it
 * @param html a whole web page instead of {@code text}; exactly one of the two may be given
 */
public record ArticleSubmission(
        String url,
        String title,
        String text,
        String outletHint,
        String publishedAt,
        String language,
        String html) {

    /** A plain-text article. */
    public ArticleSubmission(String url, String title, String text, String outletHint, String publishedAt, String language) {
        this(url, title, text, outletHint, publishedAt, language, null);
    }
}
