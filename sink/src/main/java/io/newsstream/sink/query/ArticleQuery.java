package io.newsstream.sink.query;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One request of {@code GET /v1/articles}: filters, time range, page size and where the previous page ended.
 *
 * @param since inclusive, or null
 * @param until exclusive, or null
 * @param after the previous page's cursor, or null for the first page
 */
public record ArticleQuery(ArticleFilter filter, Instant since, Instant until, int limit, PageCursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    public static final Set<String> PARAMETERS = parameters();

    public static ArticleQuery from(QueryParameters parameters) throws BadParameterException {
        ArticleFilter filter = ArticleFilter.from(parameters);
        Instant since = parameters.since("since").orElse(null);
        Instant until = parameters.until("until").orElse(null);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new BadParameterException("until", "until (" + until + ") must be after since (" + since + ")");
        }
        int limit = parameters.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        PageCursor after = parameters.string("cursor").isPresent()
                ? PageCursor.decode(parameters.string("cursor").get(), "cursor") : null;
        return new ArticleQuery(filter, since, until, limit, after);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(ArticleFilter.PARAMETERS);
        names.addAll(Set.of("since", "until", "limit", "cursor"));
        return Set.copyOf(names);
    }
}
