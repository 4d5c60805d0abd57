package io.newsstream.ingest;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a submission against the ingest rules and turns it into a keyed {@link RawArticle}, or into a rejection
 * whose message says exactly what to fix. An article is plain text or a whole HTML page, never both; a page is
 * bounded by its own limit and, like text, refused when it holds NUL or looks binary. Whatever it accepts can be enriched and stored: sizes, characters and
 * dates are held to what the later stages and PostgreSQL take.
 */
public final class ArticleValidator {

    // BCP 47 in its common shapes (en, pt-BR, zh-Hant-TW); the underscore of Java and POSIX locales (en_US) is allowed too.
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*");
    // Four-digit years: inside PostgreSQL's timestamptz and Java's Instant, and far beyond any real article.
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;
    private static final Instant EARLIEST = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private final Clock clock;
    private final ArticleLimits limits;

    /**
     * The default field limits with the given article limit.
     *
     * @param clock gives {@code receivedAt}
     * @param maxArticleBytes the largest accepted article, all fields together, in UTF-8 bytes
     */
    public ArticleValidator(Clock clock, int maxArticleBytes) {
        this(clock, ArticleLimits.withArticleBytes(maxArticleBytes));
    }

    /** @param clock gives {@code receivedAt} */
    public ArticleValidator(Clock clock, ArticleLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    public ValidationResult validate(ArticleSubmission submission, Channel channel) {
        return validate(submission, channel, null);
    }

    /** @param feed the feed URL the article was polled from, recorded in {@link RawArticle#feed()}; null for other channels */
    public ValidationResult validate(ArticleSubmission submission, Channel channel, String feed) {
        String text = submission.text();
        String html = submission.html();
        if (text != null && html != null) {
            return invalid(RejectionReason.BAD_FIELD, "send either text or html, not both: text is the article as plain "
                    + "text, html the whole web page");
        }
        boolean page = html != null;
        String content = page ? html : text;
        String field = page ? "html" : "text";
        if (content == null) {
            return invalid(RejectionReason.EMPTY_TEXT, "text is empty: send the article as text, or its web page as html");
        }
        if (content.isBlank()) {
            return invalid(RejectionReason.EMPTY_TEXT, field + " is empty");
        }
        if (!FieldCharacters.hasVisibleCharacter(content)) {
            return invalid(RejectionReason.EMPTY_TEXT, field + " holds only spaces and invisible characters");
        }
        int contentBytes = Utf8.length(content);
        int contentLimit = page ? limits.maxHtmlBytes() : limits.maxArticleBytes();
        if (contentBytes > contentLimit) {
            return invalid(RejectionReason.TOO_LARGE,
                    field + " is " + contentBytes + " bytes, over the limit of " + contentLimit);
        }
        String url = blankToNull(submission.url());
        String title = blankToNull(submission.title());
        String outletHint = blankToNull(submission.outletHint());
        String publishedText = blankToNull(submission.publishedAt());
        String language = blankToNull(submission.language());
        // Lengths first: they are cheap, and a huge field is refused before anything reads it through.
        Optional<Rejection> problem = tooLong(RejectionReason.BAD_URL, "url", url, limits.maxUrlChars())
                .or(() -> tooLong(RejectionReason.BAD_FIELD, "title", title, limits.maxTitleChars()))
                .or(() -> tooLong(RejectionReason.BAD_FIELD, "outletHint", outletHint, limits.maxOutletHintChars()))
                .or(() -> tooLong(RejectionReason.BAD_FIELD, "language", language, ArticleLimits.MAX_LANGUAGE_CHARS));
        if (problem.isPresent()) {
            return new ValidationResult.Invalid(problem.get());
        }
        // A page has its own limit; the fields beside it still count against the article's.
        int articleBytes = (page ? 0 : contentBytes) + Utf8.length(url) + Utf8.length(title) + Utf8.length(outletHint)
                + Utf8.length(publishedText) + Utf8.length(language);
        if (articleBytes > limits.maxArticleBytes()) {
            return invalid(RejectionReason.TOO_LARGE, "article is " + articleBytes
                    + " bytes in all its fields, over the limit of " + limits.maxArticleBytes());
        }
        // Checked as sent, before trimming, which would silently drop a NUL or control character at either end.
        Optional<String> badCharacters = FieldCharacters.checkText(field, content)
                .or(() -> line("url", submission.url()))
                .or(() -> line("title", submission.title()))
                .or(() -> line("outletHint", submission.outletHint()))
                .or(() -> line("publishedAt", submission.publishedAt()))
                .or(() -> line("language", submission.language()));
        if (badCharacters.isPresent()) {
            return invalid(RejectionReason.BAD_FIELD, badCharacters.get());
        }
        if (url != null && !isAbsoluteHttpUrl(url)) {
            return invalid(RejectionReason.BAD_URL, "url is not an absolute http(s) URL: " + Quoted.of(url));
        }
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            return invalid(RejectionReason.BAD_FIELD,
                    "language is not a language tag such as en, pt-BR or zh-Hant: " + Quoted.of(language));
        }
        Optional<Instant> publishedAt = publishedText == null ? Optional.empty() : parseInstant(publishedText);
        if (publishedText != null && publishedAt.isEmpty()) {
            return invalid(RejectionReason.BAD_DATE, "publishedAt is not ISO-8601: " + Quoted.of(publishedText)
                    + " (expected e.g. 2024-05-01T09:30:00Z, 2024-05-01T11:30:00+02:00 or 2024-05-01)");
        }
        if (publishedAt.isPresent() && !isStorable(publishedAt.get())) {
            return outsideYears(publishedText);
        }
        RawArticle article = new RawArticle(
                page ? ArticleIds.ofPage(url, html) : ArticleIds.of(url, text),
                url,
                title,
                text,
                outletHint,
                language,
                publishedAt.orElse(null),
                clock.instant(),
                channel,
                feed,
                html);
        return new ValidationResult.Valid(article);
    }

    private static Optional<Rejection> tooLong(RejectionReason reason, String field, String value, int maxChars) {
        // A code point is at most two chars, so only values over the limit in chars need counting.
        if (value == null || value.length() <= maxChars) {
            return Optional.empty();
        }
        int chars = value.codePointCount(0, value.length());
        return chars <= maxChars
                ? Optional.empty()
                : Optional.of(new Rejection(reason, field + " is " + chars + " characters, over the limit of " + maxChars));
    }

    private static Optional<String> line(String field, String value) {
        return value == null ? Optional.empty() : FieldCharacters.checkLine(field, value);
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

    /**
     * Accepts an instant with a zone offset, or a plain date read as midnight UTC; a local time without offset is
     * ambiguous. A date Java can parse but not place on the time line (year 999999999 at -18:00) is outside the
     * range anyway, so it comes back as {@link Instant#MAX}.
     */
    private static Optional<Instant> parseInstant(String value) {
        try {
            return Optional.of(atInstant(OffsetDateTime.parse(value)));
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(atInstant(LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Instant atInstant(OffsetDateTime time) {
        try {
            return time.toInstant();
        } catch (DateTimeException beyondInstant) {
            return time.getYear() < 0 ? Instant.MIN : Instant.MAX;
        }
    }

    private static boolean isStorable(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(END);
    }

    private static ValidationResult outsideYears(String publishedText) {
        return invalid(RejectionReason.BAD_DATE, "publishedAt is outside the years " + MIN_YEAR + " to " + MAX_YEAR
                + " (UTC): " + Quoted.of(publishedText));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ValidationResult invalid(RejectionReason reason, String message) {
        return new ValidationResult.Invalid(new Rejection(reason, message));
    }
}
