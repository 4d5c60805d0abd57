package io.newsstream.deploy.prove.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.ingest.ArticleLimits;
import io.newsstream.ingest.ArticleValidator;
import io.newsstream.ingest.HtmlArticleReader;
import io.newsstream.ingest.SubmissionBody;
import io.newsstream.ingest.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile pages the proof suite posts, without the services: ingest accepts them, and each is enriched without an
 * exception and within a bound, so in the running pipeline it is stored (extracted, or empty with its outcome)
 * rather than dead-lettered or stalling the stream thread.
 */
class HostilePagesTest {

    private static final Enricher ENRICHER = Enricher.builder().clock(Clock.systemUTC()).build();
    private static final ArticleValidator VALIDATOR = new ArticleValidator(Clock.systemUTC(), ArticleLimits.withArticleBytes(1 << 20));

    @ParameterizedTest
    @CsvSource({"0, 65536", "0, 2000000", "1, 65536", "1, 2000000", "2, 2000000", "3, 2000000", "4, 2000000",
            "5, 2000000", "6, 65536", "6, 2000000"})
    void everyAcceptedHostilePageIsEnrichedWithinABound(int shape, int size) throws Exception {
        byte[] page = HostileRequests.hostilePage(shape, size, new Random(shape * 31L + size));
        SubmissionBody body = new SubmissionBody(page, StandardCharsets.UTF_8, Map.of("url", "https://hostile.example/p"), false);
        ValidationResult verdict = VALIDATOR.validate(new HtmlArticleReader().read(body).get(0).submission(), Channel.HTTP);
        assertThat(verdict).as("these pages are odd but legal: ingest takes them").isInstanceOf(ValidationResult.Valid.class);

        EnrichedArticle article = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> ENRICHER.enrich(((ValidationResult.Valid) verdict).article()));

        assertThat(article.extraction()).isNotNull();
        assertThat(article.body().isEmpty()).isEqualTo(article.extraction().outcome() != io.newsstream.core.article.Extraction.Outcome.ARTICLE);
    }
}
