package io.newsstream.ingest;

/**
 * One article exactly as a client sent it, before any validation; every field may be missing.
 *
 * @param publishedAt kept as text so the validator can say what was wrong with it
 */
public record ArticleSubmission(
        String url,
        String title,
        String text,
        String outletHint,
        String publishedAt,
        String language) {
}
