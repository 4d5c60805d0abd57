package io.newsstream.sink.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsstream.core.article.EnrichedArticle;
import java.util.List;

/**
 * The answer of {@code GET /v1/articles}.
 *
 * @param nextCursor the token for the following page, or null when this is the last
 */
public record ArticlePage(
        List<EnrichedArticle> items,
        // Written even when null, so clients see the last page as such rather than a missing field.
        @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {

    public ArticlePage {
        items = List.copyOf(items);
    }
}
