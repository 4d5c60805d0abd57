package io.newsstream.ingest;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a submission against the ingest rules and turns it into a keyed {@link RawArticle}, or into a rejection
 * whose message says exactly what to fix.
 */
public final class ArticleValidator {

    private final Clock clock;
    private final int maxArticleBytes;

    /**
     * @param clock gives {@code receivedAt}
     * @param maxArticleBytes the largest accepted text, in UTF-8 bytes
     */
    public ArticleValidator(Clock clock, int maxArticleBytes) {
        this.clock = clock;
        this.maxArticleBytes = maxArticleBytes;
    }

    public ValidationResult validate(ArticleSubmission submission, Channel channel) {
        return validate(submission, channel, null);
    }

    /** @param feed the feed URL the article was polled from, recorded in {@link RawArticle#feed()}; null for other channels */
    public ValidationResult validate(ArticleSubmission submission, Channel channel, String feed) {
        String text = submission.text();
        if (text == null || text.isBlank()) {
            return invalid(RejectionReason.EMPTY_TEXT, "text is empty");
        }
        int textBytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (textBytes > maxArticleBytes) {
            return invalid(RejectionReason.TOO_LARGE,
                    "text is " + textBytes + " bytes, over the limit of " + maxArticleBytes);
        }
        String url = blankToNull(submission.url());
        if (url != null && !isAbsoluteHttpUrl(url)) {
            return invalid(RejectionReason.BAD_URL, "url is not an absolute http(s) URL: " + Quoted.of(url));
        }
        String publishedText = blankToNull(submission.publishedAt());
        Optional<Instant> publishedAt = publishedText == null ? Optional.empty() : parseInstant(publishedText);
        if (publishedText != null && publishedAt.isEmpty()) {
            return invalid(RejectionReason.BAD_DATE, "publishedAt is not ISO-8601: " + Quoted.of(publishedText)
                    + " (expected e.g. 2024-05-01T09:30:00Z, 2024-05-01T11:30:00+02:00 or 2024-05-01)");
        }
        RawArticle article = new RawArticle(
                ArticleIds.of(url, text),
                url,
                blankToNull(submission.title()),
                text,
                blankToNull(submission.outletHint()),
                blankToNull(submission.language()),
                publishedAt.orElse(null),
                clock.instant(),
                channel,
                feed);
        return new ValidationResult.Valid(article);
    }

    private static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Accepts an instant with a zone offset, or a plain date read as midnight UTC; a local time without offset is ambiguous. */
    private static Optional<Instant> parseInstant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ValidationResult invalid(RejectionReason reason, String message) {
        return new ValidationResult.Invalid(new Rejection(reason, message));
    }
}
