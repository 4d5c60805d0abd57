package io.newsstream.ingest;

/**
 * One article read from a request body, or the reason it could not be read, with its 1-based line number.
 * Exactly one of {@code submission} and {@code rejection} is set.
 */
public record ReadSubmission(int line, ArticleSubmission submission, Rejection rejection) {

    public ReadSubmission {
        if ((submission == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of submission and rejection must be set");
        }
    }

    public static ReadSubmission read(int line, ArticleSubmission submission) {
        return new ReadSubmission(line, submission, null);
    }

    public static ReadSubmission unreadable(int line, Rejection rejection) {
        return new ReadSubmission(line, null, rejection);
    }
}
