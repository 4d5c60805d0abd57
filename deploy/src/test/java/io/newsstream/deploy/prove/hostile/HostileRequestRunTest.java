package io.newsstream.deploy.prove.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;
import io.newsstream.deploy.prove.hostile.HostileRequest.Service;
import io.newsstream.deploy.prove.hostile.HostileRunResult.KindTally;
import io.newsstream.deploy.prove.hostile.RawHttpResponse.Outcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostileRequestRunTest {

    private HttpServer server;
    private Target target;

    /** Answers like a service with bugs: 202 with an accepted list, 500 on /boom, 202 on /lenient, else 400. */
    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            int status = path.equals("/v1/articles") ? 202 : path.equals("/boom") ? 500
                    : path.equals("/lenient") ? 202 : 400;
            String id = exchange.getRequestURI().getQuery();
            byte[] body = (status == 202 && path.equals("/v1/articles")
                    ? "{\"accepted\":[{\"id\":\"" + id + "\",\"line\":1}],\"rejected\":[]}"
                    : "{\"status\":" + status + ",\"error\":\"said no\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        target = new Target("127.0.0.1", server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void countsAnswersJudgesThemAndCollectsAcceptedIds() throws Exception {
        List<HostileRequest> requests = List.of(
                request("ok-1", "articles", "/v1/articles?id1", Expectation.MAY_BE_ACCEPTED),
                request("ok-2", "articles", "/v1/articles?id2", Expectation.MAY_BE_ACCEPTED),
                request("refused", "bad", "/other", Expectation.MUST_BE_4XX),
                request("crash", "boom", "/boom", Expectation.MAY_BE_ACCEPTED),
                request("lenient", "bad", "/lenient", Expectation.MUST_BE_4XX));

        HostileRunResult result;
        try (RawHttpClient client = new RawHttpClient()) {
            result = new HostileRequestRun(client, 3).run(requests);
        }

        assertThat(result.sent()).isEqualTo(5);
        assertThat(result.answered2xx()).isEqualTo(3);
        assertThat(result.answered4xx()).isEqualTo(1);
        assertThat(result.answered5xx()).isEqualTo(1);
        assertThat(result.failureCount()).isEqualTo(2);
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).extracting(HostileRunResult.Failure::name).containsExactly("crash", "lenient");
        assertThat(result.failures().get(0).problem()).startsWith("5xx to hostile input: 500").contains("said no");
        assertThat(result.failures().get(1).problem()).startsWith("accepted malformed input: 202");
        assertThat(result.acceptedIds()).containsExactly("id1", "id2");
        assertThat(result.byKind()).containsEntry("ingest.articles", new KindTally(2, 2, 0, 0, 0, 0, 0))
                .containsEntry("ingest.bad", new KindTally(2, 1, 1, 0, 0, 0, 1));
    }

    @Test
    void silenceIsAFailureOnlyWhereAnAnswerIsOwed() {
        HostileRequest owed = request("owed", "k", "/", Expectation.MUST_BE_4XX);
        HostileRequest unowed = new HostileRequest("unowed", "k", Service.INGEST, target, Expectation.MUST_BE_4XX,
                false, true, owed.writer());
        RawHttpResponse closed = RawHttpResponse.unanswered(Outcome.CLOSED, "reset");
        RawHttpResponse down = RawHttpResponse.unanswered(Outcome.CONNECT_FAILED, "refused");

        assertThat(HostileRequestRun.judge(owed, closed).problem()).startsWith("no answer (closed)");
        assertThat(HostileRequestRun.judge(unowed, closed).problem()).isNull();
        assertThat(HostileRequestRun.judge(unowed, down).problem()).startsWith("no answer (connect_failed)");
    }

    @Test
    void anAcceptedAnswerWithoutItsListIsAFailure() {
        HostileRequest request = request("r", "k", "/", Expectation.MAY_BE_ACCEPTED);
        assertThat(HostileRequestRun.judge(request, new RawHttpResponse(202, "{\"ok\":true}", Outcome.ANSWERED, ""))
                .problem()).startsWith("2xx answer has no accepted list");
        assertThat(HostileRequestRun.judge(request, new RawHttpResponse(302, "", Outcome.ANSWERED, "")).problem())
                .startsWith("neither 2xx nor 4xx: 302");
    }

    @Test
    void a505IsARefusalOnlyOfARequestLineThatIsNotHttp1() {
        RawHttpResponse unsupported = new RawHttpResponse(505, "{}", Outcome.ANSWERED, "");
        HostileRequest noVersion = new HostileRequest("no-version", "k", Service.INGEST, target, Expectation.MUST_BE_4XX,
                false, false, RawRequest.post("/", "application/json", () -> new byte[0]).version("").writer(target));

        assertThat(HostileRequestRun.judge(noVersion, unsupported).problem()).isNull();
        assertThat(HostileRequestRun.judge(request("http1", "k", "/", Expectation.MUST_BE_4XX), unsupported).problem())
                .startsWith("5xx to hostile input: 505");
    }

    private HostileRequest request(String name, String kind, String path, Expectation expectation) {
        return new HostileRequest(name, kind, Service.INGEST, target, expectation, true, false,
                RawRequest.post(path, "application/json", () -> "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                        .writer(target));
    }
}
