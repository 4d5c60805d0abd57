package io.newsstream.ingest;

import static io.newsstream.ingest.IngestHttpFixture.error;
import static io.newsstream.ingest.IngestHttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Drives whole HTML pages through POST /v1/articles: as text/html bodies and as the html field of JSON and NDJSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlHttpTest {

    private static final String URL = "https://hill.example/news/cafe";
    private static final String PAGE = "<!doctype html><html><head><title>Café reopens</title></head>"
            + "<body><article><p>The café by the station reopens with a new crêpe menu.</p></article></body></html>";
    /** Page limit of this server: small, so the limit test stays small. */
    private static final int MAX_HTML_BYTES = 64 * 1024;

    private IngestHttpFixture http;

    @BeforeAll
    void startServer() throws Exception {
        http = IngestHttpFixture.start(Map.of(IngestConfig.MAX_HTML_BYTES, String.valueOf(MAX_HTML_BYTES)));
    }

    @AfterAll
    void stopServer() {
        http.close();
    }

    @BeforeEach
    void resetPublisher() {
        http.publisher.reset();
    }

    private HttpResponse<String> postHtml(String query, String contentType, byte[] body, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(ArticlesHandler.PATH + query)).header("Content-Type", contentType);
        if (gzip) {
            request.header("Content-Encoding", "gzip");
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(gzip ? gzip(body) : body)).build());
    }

    @Test
    void aPageIsCarriedAsReceivedWithItsUrlAndTheFeedersFieldsFromTheQuery() throws Exception {
        HttpResponse<String> response = postHtml("?url=" + URL + "&title=Station+caf%C3%A9&outletHint=Hill+Gazette"
                + "&language=fr&publishedAt=2025-05-19", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), false);

        assertThat(response.statusCode()).isEqualTo(202);
        RawArticle article = http.publisher.published.get(0);
        assertThat(article.html()).isEqualTo(PAGE);
        assertThat(article.text()).isNull();
        assertThat(article.id()).isEqualTo(ArticleIds.of(URL, "any text: the URL decides")).isEqualTo(json(response).at("/accepted/0/id").asText());
        assertThat(article.title()).isEqualTo("Station café");
        assertThat(article.outletHint()).isEqualTo("Hill Gazette");
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-05-19T00:00:00Z"));
    }

    @Test
    void theHeadersCharsetDecodesThePage() throws Exception {
        HttpResponse<String> response = postHtml("?url=" + URL, "text/html; charset=ISO-8859-1",
                PAGE.getBytes(StandardCharsets.ISO_8859_1), false);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(http.publisher.published.get(0).html()).isEqualTo(PAGE);
    }

    @Test
    void withoutCharsetInTheHeaderThePagesMetaTagDecidesAndWithoutUrlTheIdComesFromThePage() throws Exception {
        String page = PAGE.replace("<head>", "<head><meta charset=\"windows-1252\">");

        HttpResponse<String> response = postHtml("", "text/html", page.getBytes("windows-1252"), false);

        assertThat(response.statusCode()).isEqualTo(202);
        RawArticle article = http.publisher.published.get(0);
        assertThat(article.html()).isEqualTo(page);
        assertThat(article.url()).isNull();
        assertThat(article.id()).isEqualTo(ArticleIds.ofPage(null, page)).isNotEqualTo(ArticleIds.of(null, page));
    }

    @Test
    void aGzippedPageIsAccepted() throws Exception {
        HttpResponse<String> response = postHtml("?url=" + URL, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), true);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(http.publisher.published.get(0).html()).isEqualTo(PAGE);
    }

    @Test
    void aPageOverTheHtmlLimitIsAnswered413NamingTheField() throws Exception {
        String big = "<html><body>" + "<p>The café by the station reopens.</p>".repeat(MAX_HTML_BYTES / 30) + "</body></html>";

        HttpResponse<String> response = postHtml("?url=" + URL, "text/html", big.getBytes(StandardCharsets.UTF_8), true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).startsWith("html is ").contains("over the limit of " + MAX_HTML_BYTES);
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void binaryOrNulHoldingHtmlIsAnswered400() throws Exception {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        byte[] withNul = "<html><body><p>Caf\u0000e</p></body></html>".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> random = postHtml("?url=" + URL, "text/html", binary, false);
        HttpResponse<String> nul = postHtml("?url=" + URL, "text/html; charset=utf-8", withNul, false);

        assertThat(random.statusCode()).isEqualTo(400);
        assertThat(error(random)).startsWith("html ");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(error(nul)).contains("html holds a NUL character");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void anUnknownQueryParameterIsAnswered400() throws Exception {
        HttpResponse<String> response = postHtml("?link=" + URL, "text/html", PAGE.getBytes(StandardCharsets.UTF_8), false);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).contains("unknown query parameter 'link'");
    }

    @Test
    void aJsonArticleMayCarryThePageAsItsHtmlField() throws Exception {
        HttpResponse<String> response = http.post("application/json", Json.mapper().writeValueAsString(
                Map.of("url", URL, "html", PAGE, "title", "Station café")));

        assertThat(response.statusCode()).isEqualTo(202);
        RawArticle article = http.publisher.published.get(0);
        assertThat(article.html()).isEqualTo(PAGE);
        assertThat(article.text()).isNull();
        assertThat(article.title()).isEqualTo("Station café");
    }

    @Test
    void aJsonArticleWithBothTextAndHtmlOrNeitherIsAnswered400() throws Exception {
        HttpResponse<String> both = http.post("application/json", Json.mapper().writeValueAsString(
                Map.of("url", URL, "html", PAGE, "text", "The café reopens.")));
        HttpResponse<String> neither = http.post("application/json", "{\"url\":\"" + URL + "\"}");

        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(error(both)).startsWith("send either text or html, not both");
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(error(neither)).contains("text is empty").contains("html");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void anNdjsonBatchMixesTextAndPagesLineByLine() throws Exception {
        String batch = Json.mapper().writeValueAsString(Map.of("url", URL, "html", PAGE)) + "\n"
                + Json.mapper().writeValueAsString(Map.of("text", "The market reopens on Monday.")) + "\n"
                + Json.mapper().writeValueAsString(Map.of("html", PAGE, "text", "both")) + "\n";

        HttpResponse<String> response = postHtml("", "application/x-ndjson", batch.getBytes(StandardCharsets.UTF_8), true);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("accepted")).hasSize(2);
        assertThat(answer.at("/rejected/0/line").asInt()).isEqualTo(3);
        assertThat(answer.at("/rejected/0/reason").asText()).contains("not both");
        assertThat(http.publisher.published.get(0).html()).isEqualTo(PAGE);
        assertThat(http.publisher.published.get(1).text()).isEqualTo("The market reopens on Monday.");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
