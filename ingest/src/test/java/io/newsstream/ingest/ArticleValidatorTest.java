package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private static final Instant NOW = Instant.parse("2025-03-14T08:00:00Z");
    private static final String TEXT = "The harbour board voted on Tuesday to extend the night ferry for another season.";

    private final ArticleValidator validator = new ArticleValidator(Clock.fixed(NOW, ZoneOffset.UTC), 1000);
    /** Field limits small enough to write out: url 60, title 40, outletHint 20 characters, 300 bytes in all. */
    private final ArticleValidator strict = new ArticleValidator(Clock.fixed(NOW, ZoneOffset.UTC), new ArticleLimits(300, 60, 40, 20));

    @Test
    void completeSubmissionBecomesKeyedRawArticle() {
        RawArticle article = valid(new ArticleSubmission("https://harbour.example/news/ferry", " Ferry stays ", TEXT,
                "Harbour Gazette", "2025-03-13T18:30:00+02:00", "en"));

        assertThat(article.id()).isEqualTo(ArticleIds.of("https://harbour.example/news/ferry", TEXT));
        assertThat(article.url()).isEqualTo("https://harbour.example/news/ferry");
        assertThat(article.title()).isEqualTo("Ferry stays");
        assertThat(article.text()).isEqualTo(TEXT);
        assertThat(article.outletHint()).isEqualTo("Harbour Gazette");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-03-13T16:30:00Z"));
        assertThat(article.receivedAt()).isEqualTo(NOW);
        assertThat(article.channel()).isEqualTo(Channel.HTTP);
        assertThat(article.feed()).isNull();
    }

    @Test
    void textAloneIsEnoughAndBlankOptionalFieldsBecomeNull() {
        RawArticle article = valid(new ArticleSubmission(" ", "", TEXT, null, " ", null));

        assertThat(article.id()).isEqualTo(ArticleIds.of(null, TEXT));
        assertThat(article.url()).isNull();
        assertThat(article.title()).isNull();
        assertThat(article.publishedAt()).isNull();
    }

    @Test
    void missingTextIsRejectedAsEmpty() {
        assertRejected(new ArticleSubmission("https://harbour.example/a", "Title", null, null, null, null),
                RejectionReason.EMPTY_TEXT, "text is empty: send the article as text, or its web page as html");
    }

    @Test
    void whitespaceOnlyTextIsRejectedAsEmpty() {
        assertRejected(submission(" \n\t "), RejectionReason.EMPTY_TEXT, "text is empty");
        // No-break and thin spaces, a zero-width space and a byte-order mark: String.isBlank() sees text here.
        assertRejected(submission("\u00a0\u2009\u200b\ufeff"), RejectionReason.EMPTY_TEXT,
                "text holds only spaces and invisible characters");
    }

    @Test
    void textOverTheLimitIsRejectedWithItsSizeInUtf8Bytes() {
        // 334 two-byte characters: 668 bytes, plus 333 ASCII bytes = 1001 bytes against a limit of 1000.
        String text = "é".repeat(334) + "a".repeat(333);

        assertRejected(submission(text), RejectionReason.TOO_LARGE, "text is 1001 bytes, over the limit of 1000");
    }

    @Test
    void textExactlyAtTheLimitIsAccepted() {
        assertThat(valid(submission("a".repeat(1000))).text()).hasSize(1000);
    }

    @Test
    void relativeUrlIsRejected() {
        assertRejected(new ArticleSubmission("/news/ferry", null, TEXT, null, null, null),
                RejectionReason.BAD_URL, "url is not an absolute http(s) URL: '/news/ferry'");
    }

    @Test
    void nonHttpSchemeIsRejected() {
        assertRejected(new ArticleSubmission("ftp://harbour.example/ferry.txt", null, TEXT, null, null, null),
                RejectionReason.BAD_URL, "url is not an absolute http(s) URL: 'ftp://harbour.example/ferry.txt'");
    }

    @Test
    void unparseableUrlIsRejected() {
        assertRejected(new ArticleSubmission("https://harbour.example/a story with spaces", null, TEXT, null, null, null),
                RejectionReason.BAD_URL, "url is not an absolute http(s) URL: 'https://harbour.example/a story with spaces'");
    }

    @Test
    void upperCaseSchemeIsAccepted() {
        assertThat(valid(new ArticleSubmission("HTTPS://Harbour.example/news", null, TEXT, null, null, null)).url())
                .isEqualTo("HTTPS://Harbour.example/news");
    }

    @Test
    void nonIsoPublishedAtIsRejectedQuotingTheValue() {
        ValidationResult result = validator.validate(
                new ArticleSubmission(null, null, TEXT, null, "14/03/2025 10:00", null), Channel.HTTP);

        assertThat(result).isInstanceOfSatisfying(ValidationResult.Invalid.class, invalid -> {
            assertThat(invalid.rejection().reason()).isEqualTo(RejectionReason.BAD_DATE);
            assertThat(invalid.rejection().message()).startsWith("publishedAt is not ISO-8601: '14/03/2025 10:00'");
        });
    }

    @Test
    void publishedAtWithoutOffsetIsRejectedBecauseItIsAmbiguous() {
        ValidationResult result = validator.validate(
                new ArticleSubmission(null, null, TEXT, null, "2025-03-13T18:30:00", null), Channel.HTTP);

        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
    }

    @Test
    void plainDatePublishedAtMeansMidnightUtc() {
        RawArticle article = valid(new ArticleSubmission(null, null, TEXT, null, "2025-03-13", null));

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-03-13T00:00:00Z"));
    }

    @Test
    void channelIsTakenFromTheCaller() {
        ValidationResult result = validator.validate(submission(TEXT), Channel.FILE);

        assertThat(((ValidationResult.Valid) result).article().channel()).isEqualTo(Channel.FILE);
    }

    @Test
    void sameUrlWithTrackingParametersAndTrailingSlashGetsTheSameId() {
        RawArticle plain = valid(new ArticleSubmission("https://harbour.example/news/ferry", null, TEXT, null, null, null));
        RawArticle tracked = valid(new ArticleSubmission(
                "https://harbour.example/news/ferry/?utm_source=newsletter&utm_medium=email", null,
                "A shorter syndicated copy of the ferry story.", null, null, null));

        assertThat(tracked.id()).isEqualTo(plain.id());
    }

    @Test
    void differentUrlsGetDifferentIds() {
        RawArticle first = valid(new ArticleSubmission("https://harbour.example/news/ferry", null, TEXT, null, null, null));
        RawArticle second = valid(new ArticleSubmission("https://harbour.example/news/bridge", null, TEXT, null, null, null));

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void sameTextWithoutUrlGetsTheSameIdWhateverItsWrapping() {
        RawArticle once = valid(submission("Council  approves\nthe new budget."));
        RawArticle again = valid(submission("Council approves the new budget."));

        assertThat(again.id()).isEqualTo(once.id());
    }

    @Test
    void titleOverItsLimitIsRejectedNamingTheFieldAndTheLimit() {
        assertRejected(strict, new ArticleSubmission(null, "t".repeat(41), TEXT, null, null, null),
                RejectionReason.BAD_FIELD, "title is 41 characters, over the limit of 40");
    }

    @Test
    void fieldLimitsCountCharactersNotUtf16Units() {
        // 40 emoji are 80 UTF-16 units but 40 characters, as JSON Schema's maxLength counts them.
        assertThat(valid(strict, new ArticleSubmission(null, "\uD83D\uDCF0".repeat(40), TEXT, null, null, null)).title())
                .hasSize(80);
    }

    @Test
    void outletHintOverItsLimitIsRejectedNamingTheFieldAndTheLimit() {
        assertRejected(strict, new ArticleSubmission(null, null, TEXT, "o".repeat(3000), null, null),
                RejectionReason.BAD_FIELD, "outletHint is 3000 characters, over the limit of 20");
    }

    @Test
    void urlOverItsLimitIsRejectedAsBadUrl() {
        String url = "https://harbour.example/" + "a".repeat(37);

        assertRejected(strict, new ArticleSubmission(url, null, TEXT, null, null, null),
                RejectionReason.BAD_URL, "url is 61 characters, over the limit of 60");
    }

    @Test
    void languageLongerThanALanguageTagIsRejected() {
        assertRejected(strict, new ArticleSubmission(null, null, TEXT, null, null, "en-" + "x".repeat(33)),
                RejectionReason.BAD_FIELD, "language is 36 characters, over the limit of 35");
    }

    @Test
    void languageThatIsNotATagIsRejectedQuotingIt() {
        assertRejected(strict, new ArticleSubmission(null, null, TEXT, null, null, "English (US)"),
                RejectionReason.BAD_FIELD, "language is not a language tag such as en, pt-BR or zh-Hant: 'English (US)'");
    }

    @Test
    void commonLanguageTagsAreAccepted() {
        for (String tag : new String[] {"en", "pt-BR", "zh-Hant-TW", "en_US", "und", "sr-Latn"}) {
            assertThat(valid(strict, new ArticleSubmission(null, null, TEXT, null, null, tag)).language()).isEqualTo(tag);
        }
    }

    @Test
    void articleOverTheByteLimitInAllItsFieldsIsRejectedAsTooLarge() {
        // Each field within its own limit, together 301 bytes against 300.
        String text = "a".repeat(200);
        ArticleSubmission submission = new ArticleSubmission("https://harbour.example/" + "u".repeat(36),
                "t".repeat(40), text, "o".repeat(1), null, null);

        assertRejected(strict, submission, RejectionReason.TOO_LARGE, "article is 301 bytes in all its fields, over the limit of 300");
    }

    @Test
    void nulCharacterInAnyFieldIsRejectedNamingTheField() {
        assertRejected(strict, new ArticleSubmission(null, null, "The ferry\u0000 runs.", null, null, null),
                RejectionReason.BAD_FIELD, "text holds a NUL character (U+0000) at character 10, which cannot be stored");
        assertRejected(strict, new ArticleSubmission(null, "Ferry\u0000", TEXT, null, null, null),
                RejectionReason.BAD_FIELD, "title holds a NUL character (U+0000) at character 6, which cannot be stored");
        assertRejected(strict, new ArticleSubmission("https://harbour.example/\u0000", null, TEXT, null, null, null),
                RejectionReason.BAD_FIELD, "url holds a NUL character (U+0000) at character 25, which cannot be stored");
        assertRejected(strict, new ArticleSubmission(null, null, TEXT, "Harbour\u0000Gazette", null, null),
                RejectionReason.BAD_FIELD, "outletHint holds a NUL character (U+0000) at character 8, which cannot be stored");
        assertRejected(strict, new ArticleSubmission(null, null, TEXT, null, "2025-03-13\u0000", null),
                RejectionReason.BAD_FIELD, "publishedAt holds a NUL character (U+0000) at character 11, which cannot be stored");
        assertRejected(strict, new ArticleSubmission(null, null, TEXT, null, null, "e\u0000n"),
                RejectionReason.BAD_FIELD, "language holds a NUL character (U+0000) at character 2, which cannot be stored");
    }

    @Test
    void controlCharacterInTitleOrOutletHintIsRejected() {
        assertRejected(strict, new ArticleSubmission(null, "Ferry \u0007stays", TEXT, null, null, null),
                RejectionReason.BAD_FIELD, "title holds the control character U+0007 at character 7; only tabs and line breaks are allowed");
        assertRejected(strict, new ArticleSubmission(null, null, TEXT, "Harbour\u001BGazette", null, null),
                RejectionReason.BAD_FIELD, "outletHint holds the control character U+001B at character 8; only tabs and line breaks are allowed");
    }

    @Test
    void tabsAndLineBreaksInTitleAreAccepted() {
        assertThat(valid(strict, new ArticleSubmission(null, "Ferry\tstays\r\nfor now", TEXT, null, null, null)).title())
                .isEqualTo("Ferry\tstays\r\nfor now");
    }

    @Test
    void unpairedSurrogateIsRejectedNamingTheField() {
        assertRejected(strict, new ArticleSubmission(null, "Ferry \uD83D stays", TEXT, null, null, null),
                RejectionReason.BAD_FIELD, "title holds an unpaired surrogate (U+D83D) at character 7, which is not text");
    }

    @Test
    void textThatIsMostlyControlCharactersIsRejectedAsBinary() {
        String text = "PK\u0003\u0004\u0014\u0000".replace("\u0000", "") + "abcdefgh";

        assertRejected(submission(text), RejectionReason.BAD_FIELD,
                "text looks binary: 3 of 13 characters are control or replacement characters");
    }

    @Test
    void textWithAFewStrayControlCharactersIsAccepted() {
        String text = TEXT + "\f" + TEXT;

        assertThat(valid(strict, submission(text)).text()).isEqualTo(text);
    }

    @Test
    void publishedAtOutsideTheYears1000To9999IsRejectedWithTheRange() {
        for (String date : new String[] {"+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00",
                "+10000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "+10000-01-01"}) {
            assertRejected(strict, new ArticleSubmission(null, null, TEXT, null, date, null), RejectionReason.BAD_DATE,
                    "publishedAt is outside the years 1000 to 9999 (UTC): '" + date + "'");
        }
    }

    @Test
    void publishedAtAtTheEdgesOfTheRangeIsAccepted() {
        assertThat(valid(strict, new ArticleSubmission(null, null, TEXT, null, "1000-01-01T00:00:00Z", null)).publishedAt())
                .isEqualTo(Instant.parse("1000-01-01T00:00:00Z"));
        assertThat(valid(strict, new ArticleSubmission(null, null, TEXT, null, "9999-12-31T23:59:59.999Z", null)).publishedAt())
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
    }

    private static ArticleSubmission submission(String text) {
        return new ArticleSubmission(null, null, text, null, null, null);
    }

    private RawArticle valid(ArticleSubmission submission) {
        return valid(validator, submission);
    }

    private static RawArticle valid(ArticleValidator validator, ArticleSubmission submission) {
        ValidationResult result = validator.validate(submission, Channel.HTTP);
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).article();
    }

    private void assertRejected(ArticleSubmission submission, RejectionReason reason, String message) {
        assertRejected(validator, submission, reason, message);
    }

    private static void assertRejected(ArticleValidator validator, ArticleSubmission submission, RejectionReason reason,
                                       String message) {
        assertThat(validator.validate(submission, Channel.HTTP))
                .isEqualTo(new ValidationResult.Invalid(new Rejection(reason, message)));
    }
}
