package io.newsstream.sink.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a query's database failure becomes an answer, whatever the endpoint. */
class JsonQueryHandlerTest {

    private final ServiceMetrics metrics = new ServiceMetrics();
    private ServiceHttpServer server;

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void aValueTheDatabaseRefusesIsTheRequestsFaultNotAnOutage() throws Exception {
        serve(parameters -> {
            throw new SQLDataException("ERROR: timestamp out of range", "22008");
        });

        HttpResponse<String> response = get();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("outside what the article store accepts");
        assertThat(queriesAnswered("400")).isEqualTo(1);
    }

    @Test
    void aLostConnectionIsAnOutage() throws Exception {
        serve(parameters -> {
            throw new SQLException("An I/O error occurred while sending to the backend", "08006");
        });

        HttpResponse<String> response = get();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("the article store is unavailable");
        assertThat(queriesAnswered("503")).isEqualTo(1);
        assertThat(queriesAnswered("200")).isZero();
    }

    @Test
    void anAnsweredQueryIsTimedWithItsStatus() throws Exception {
        serve(parameters -> Map.of("articles", 0));

        assertThat(get().statusCode()).isEqualTo(200);
        assertThat(queriesAnswered("200")).isEqualTo(1);
        assertThat(queriesAnswered("503")).isZero();
    }

    private void serve(JsonQueryHandler.Query query) throws Exception {
        server = ServiceHttpServer.start("sink", "127.0.0.1", 0, metrics, () -> Readiness.Status.ready("test"),
                Map.of("/v1/test", new JsonQueryHandler("/v1/test", "test", Set.of(),
                        new QueryMetrics(metrics.registry()), query)));
    }

    /** Queries of the test endpoint timed with {@code status}; the error rate alert divides these counts. */
    private long queriesAnswered(String status) {
        var timer = metrics.registry().find("newsstream.sink.query").tags("endpoint", "test", "status", status).timer();
        return timer == null ? 0 : timer.count();
    }

    private HttpResponse<String> get() throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/test")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
