package io.newsstream.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.http.Problem;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web page's files as the sink serves them: types, a policy that forbids inline script, and nothing else. */
class PageHandlerTest {

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        TestPostgres.clean();
        server = new TestServer(10);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePageAndEveryFileItLoadsAreServedWithTheirTypes() throws Exception {
        HttpResponse<String> page = server.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        Matcher loaded = Pattern.compile("(?:src|href)=\"(/ui/[^\"]+)\"").matcher(page.body());
        int files = 0;
        while (loaded.find()) {
            HttpResponse<String> file = server.get(loaded.group(1));
            assertThat(file.statusCode()).as(loaded.group(1)).isEqualTo(200);
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            files++;
        }
        assertThat(files).isEqualTo(4);
        assertThat(server.get("/ui/app.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
    }

    @Test
    void thePolicyAllowsOnlyTheSinksOwnScriptsAndTheScriptsNeverParseMarkup() throws Exception {
        String policy = server.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("script-src 'self'", "default-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(server.get("/").body()).doesNotContain("<script>", "style=", "onclick");
        // Article text must reach the page as text: no API that parses a string as HTML.
        for (String script : new String[] {"/ui/app.js", "/ui/chart.js"}) {
            assertThat(server.get(script).body()).as(script)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void otherPathsAndMethodsAnswerProblemDetails() throws Exception {
        HttpResponse<String> missing = server.get("/ui/secret.txt");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(server.get("/favicon.ico").statusCode()).isEqualTo(404);

        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).hasValue("GET");
    }
}
