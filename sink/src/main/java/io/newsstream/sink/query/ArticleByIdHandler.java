package io.newsstream.sink.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.http.Responses;
import io.newsstream.sink.store.ArticleStore;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /v1/articles/{id}}: one stored article, as the {@code EnrichedArticle} JSON of the contract. */
public final class ArticleByIdHandler implements HttpHandler {

    /** The path this handler serves; the id follows it. */
    public static final String PATH = "/v1/articles/";

    private static final Logger log = LoggerFactory.getLogger(ArticleByIdHandler.class);
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{1,64}");
    private static final int MAX_ECHOED_ID = 80;

    private final ArticleStore store;

    public ArticleByIdHandler(ArticleStore store) {
        this.store = store;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.error(exchange, 405, exchange.getRequestMethod() + " is not supported here; use GET");
            return;
        }
        String id = exchange.getRequestURI().getPath().substring(PATH.length());
        if (!ARTICLE_ID.matcher(id).matches()) {
            Responses.error(exchange, 400, "an article id is 1 to 64 lowercase hex characters, got '" + shortened(id) + "'");
            return;
        }
        Optional<EnrichedArticle> article;
        try {
            article = store.find(id);
        } catch (SQLException e) {
            log.warn("cannot read article {}: {}", id, e.getMessage());
            Responses.error(exchange, 503, "the article store is unavailable, try again later");
            return;
        }
        if (article.isPresent()) {
            Responses.json(exchange, 200, article.get());
        } else {
            Responses.error(exchange, 404, "no article with id " + id + " is stored");
        }
    }

    private static String shortened(String id) {
        return id.length() <= MAX_ECHOED_ID ? id : id.substring(0, MAX_ECHOED_ID) + "...";
    }
}
