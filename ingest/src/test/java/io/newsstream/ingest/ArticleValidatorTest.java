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

    private final ArticleValidator validator = new ArticleValidator(Clock.fixed(NOW, ZoneOffset.UTC), 100);

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
                RejectionReason.EMPTY_TEXT, "text is empty");
    }

    @Test
    void whitespaceOnlyTextIsRejectedAsEmpty() {
        assertRejected(submission(" \n\t "), RejectionReason.EMPTY_TEXT, "text is empty");
    }

    @Test
    void textOverTheLimitIsRejectedWithItsSizeInUtf8Bytes() {
        // 34 two-byte characters: 68 bytes, plus 33 ASCII bytes = 101 bytes against a limit of 100.
        String text = "é".repeat(34) + "a".repeat(33);

        assertRejected(submission(text), RejectionReason.TOO_LARGE, "text is 101 bytes, over the limit of 100");
    }

    @Test
    void textExactlyAtTheLimitIsAccepted() {
        assertThat(valid(submission("a".repeat(100))).text()).hasSize(100);
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

    private static ArticleSubmission submission(String text) {
        return new ArticleSubmission(null, null, text, null, null, null);
    }

    private RawArticle valid(ArticleSubmission submission) {
        ValidationResult result = validator.validate(submission, Channel.HTTP);
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid) result).article();
    }

    private void assertRejected(ArticleSubmission submission, RejectionReason reason, String message) {
        assertThat(validator.validate(submission, Channel.HTTP))
                .isEqualTo(new ValidationResult.Invalid(new Rejection(reason, message)));
    }
}
