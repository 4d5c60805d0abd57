package io.newsstream.ingest;

import static io.newsstream.ingest.IngestHttpFixture.error;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/** Drives POST /v1/articles with bearer tokens configured: who gets in, what the others are told, what stays open. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BearerAuthHttpTest {

    private static final String ALPHA = "newsroom-alpha-7f3c2e";
    private static final String BETA = "newsroom-beta-91d2aa";
    private static final String ARTICLE = "{\"text\":\"The town hall clock was repaired after ten silent years.\"}";

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private IngestHttpFixture http;

    @BeforeAll
    void startServer() throws Exception {
        logs.start();
        rootLogger().addAppender(logs);
        http = IngestHttpFixture.start(Map.of(IngestConfig.AUTH_TOKENS, ALPHA + ", " + BETA));
    }

    @AfterAll
    void stopServer() {
        http.close();
        rootLogger().detachAppender(logs);
    }

    @BeforeEach
    void resetPublisher() {
        http.publisher.reset();
    }

    @Test
    void requestWithoutTokenIsAnswered401WithBearerChallengeAndNothingIsWritten() throws Exception {
        HttpResponse<String> response = http.post("application/json", ARTICLE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"newsstream\"");
        assertThat(error(response)).isEqualTo("authentication required: send the header 'Authorization: Bearer <token>'");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void wrongTokenIsAnswered401AsInvalidWithoutEchoingIt() throws Exception {
        HttpResponse<String> response = postWith("Bearer newsroom-alpha-7f3c2f");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"newsstream\", error=\"invalid_token\"");
        assertThat(error(response)).isEqualTo("the bearer token is not valid");
        assertThat(response.body()).doesNotContain("newsroom");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void otherSchemeIsAnswered401AsMalformed() throws Exception {
        HttpResponse<String> response = postWith("Basic bmV3czpyb29t");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).isEqualTo("the Authorization header must be 'Bearer <token>'");
    }

    @Test
    void everyConfiguredTokenIsAccepted() throws Exception {
        assertThat(postWith("Bearer " + ALPHA).statusCode()).isEqualTo(202);
        assertThat(postWith("bearer " + BETA).statusCode()).isEqualTo(202);
        assertThat(http.publisher.published).hasSize(2);
    }

    @Test
    void healthAndMetricsStayOpen() throws Exception {
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(http.get("/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void tokensAppearNeitherInLogsNorInTheConfigNorInAnswers() throws Exception {
        HttpResponse<String> wrong = postWith("Bearer " + ALPHA + "x");
        HttpResponse<String> right = postWith("Bearer " + ALPHA);
        IngestConfig config = IngestConfig.from(IngestConfigTest.settings(Map.of(IngestConfig.AUTH_TOKENS, ALPHA + "," + BETA)));

        assertThat(config.toString()).doesNotContain(ALPHA).doesNotContain(BETA).contains("values hidden");
        assertThat(wrong.body() + right.body() + http.scrape()).doesNotContain(ALPHA).doesNotContain(BETA);
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains(ALPHA) || message.contains(BETA));
    }

    private HttpResponse<String> postWith(String authorization) throws Exception {
        return http.send(http.articles("application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build());
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
