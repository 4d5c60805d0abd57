package io.newsstream.sink.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.http.Responses;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /v1/stories/{id}}: one story, its outlets and each article with its stances. */
public final class StoryByIdHandler implements HttpHandler {

    /** The path this handler serves; the story id (the id of its first article) follows it. */
    public static final String PATH = "/v1/stories/";

    private static final Logger log = LoggerFactory.getLogger(StoryByIdHandler.class);
    private static final Pattern STORY_ID = Pattern.compile("[0-9a-f]{1,64}");

    private final StoryQueries stories;

    public StoryByIdHandler(StoryQueries stories) {
        this.stories = stories;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring(PATH.length());
        if (!JsonQueryHandler.isGetOn(exchange, PATH + id)) {
            return;
        }
        if (!STORY_ID.matcher(id).matches()) {
            Responses.error(exchange, 400, "a story id is an article id, 1 to 64 lowercase hex characters");
            return;
        }
        Optional<StoryQueries.Story> story;
        try {
            story = stories.find(id, QueryParameters.parse(exchange.getRequestURI().getRawQuery(),
                    StoryQueries.STORY_PARAMETERS));
        } catch (BadParameterException e) {
            JsonQueryHandler.badParameter(exchange, e);
            return;
        } catch (SQLException e) {
            log.warn("cannot read story {}: {}", id, e.getMessage());
            Responses.error(exchange, 503, "the article store is unavailable, try again later");
            return;
        }
        if (story.isPresent()) {
            Responses.json(exchange, 200, story.get());
        } else {
            Responses.error(exchange, 404, "no story with id " + id + " is stored");
        }
    }
}
