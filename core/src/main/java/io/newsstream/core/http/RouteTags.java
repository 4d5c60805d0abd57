package io.newsstream.core.http;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.jetty12.server.DefaultJettyCoreRequestTagsProvider;
import io.micrometer.jetty12.server.JettyCoreRequestTagsProvider;
import org.eclipse.jetty.server.Request;

/**
 * Tags {@code jetty_server_requests} with the route that served a request ({@code uri="/v1/articles"}) besides
 * method, status and outcome: the route, not the path, so ids in paths cannot multiply the series.
 */
final class RouteTags implements JettyCoreRequestTagsProvider {

    private static final Tag NO_ROUTE = Tag.of("uri", "NOT_FOUND");

    private final JettyCoreRequestTagsProvider defaults = new DefaultJettyCoreRequestTagsProvider();
    private final Routes routes;

    RouteTags(Routes routes) {
        this.routes = routes;
    }

    @Override
    public Iterable<Tag> getTags(Request request) {
        Tag route = routes.routeOf(request.getHttpURI().getPath()).map(prefix -> Tag.of("uri", prefix)).orElse(NO_ROUTE);
        return Tags.of(defaults.getTags(request)).and(route);
    }
}
