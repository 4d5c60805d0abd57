package io.newsstream.core.article;

import java.util.List;

/**
 * Who an article comes from.
 *
 * @param publisher who published this text, or null when unknown
 * @param source the outlet it syndicates or republishes, or null
 * @param cited the outlets it attributes information to
 */
public record OutletAttribution(Outlet publisher, Outlet source, List<Outlet> cited) {

    public static final OutletAttribution UNKNOWN = new OutletAttribution(null, null, List.of());

    public OutletAttribution {
        cited = cited == null ? List.of() : List.copyOf(cited);
    }
}
