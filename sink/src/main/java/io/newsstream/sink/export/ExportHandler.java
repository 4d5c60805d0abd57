package io.newsstream.sink.export;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.http.Responses;
import io.newsstream.sink.query.BadParameterException;
import io.newsstream.sink.query.JsonQueryHandler;
import io.newsstream.sink.query.QueryMetrics;
import io.newsstream.sink.query.QueryParameters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/articles/export}: every article matching the filters of {@code /v1/articles}, streamed as CSV or
 * NDJSON while the database cursor is read. Errors found before the first byte answer problem details; a database
 * failure after it aborts the response, so the client sees a truncated transfer rather than a short file.
 */
public final class ExportHandler implements HttpHandler {

    public static final String PATH = "/v1/articles/export";
    private static final Logger log = LoggerFactory.getLogger(ExportHandler.class);
    private static final String ENDPOINT = "articles_export";

    private final ArticleExport export;
    private final QueryMetrics metrics;

    public ExportHandler(ArticleExport export, QueryMetrics metrics) {
        this.export = export;
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!JsonQueryHandler.isGetOn(exchange, PATH)) {
            return;
        }
        long started = System.nanoTime();
        ArticleExport.Request request;
        try {
            request = ArticleExport.Request.from(
                    QueryParameters.parse(exchange.getRequestURI().getRawQuery(), ArticleExport.PARAMETERS));
        } catch (BadParameterException e) {
            timed(started, 400);
            JsonQueryHandler.badParameter(exchange, e);
            return;
        }
        Answer answer = new Answer(exchange, request.format());
        try {
            long rows = export.run(request, answer);
            answer.out.close();
            timed(started, 200);
            log.debug("exported {} articles as {}", rows, request.format().wireName());
        } catch (ArticleExport.StoreFailure e) {
            log.warn("export {} failed: {}", exchange.getRequestURI(), e.getMessage());
            timed(started, 503);
            if (answer.out != null) {
                throw new IOException("export aborted after its start: " + e.getMessage(), e);
            }
            Responses.error(exchange, 503, "the article store is unavailable, try again later");
        }
    }

    /** The response body, begun only once the database has accepted the query. */
    private static final class Answer implements ArticleExport.Rows {
        private final HttpExchange exchange;
        private final ExportFormat format;
        private Writer out;

        Answer(HttpExchange exchange, ExportFormat format) {
            this.exchange = exchange;
            this.format = format;
        }

        @Override
        public void begin() throws IOException {
            exchange.getResponseHeaders().set("Content-Type", format.mediaType());
            exchange.getResponseHeaders().set("Content-Disposition",
                    "attachment; filename=\"" + format.fileName() + "\"");
            // Length 0: chunked, as long as the cursor lasts.
            exchange.sendResponseHeaders(200, 0);
            out = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8),
                    64 * 1024);
            format.begin(out);
        }

        @Override
        public void accept(EnrichedArticle article) throws IOException {
            format.row(out, article);
        }
    }

    private void timed(long started, int status) {
        metrics.record(ENDPOINT, status, Duration.ofNanos(System.nanoTime() - started));
    }
}
