package io.newsstream.core.article;

import java.util.List;

/**
 * A news outlet as identified in an article.
 *
 * @param confidence 0..1, how sure the detector is
 * @param evidence the lines or phrases that show it
 */
public record Outlet(String id, String name, String domain, String country, double confidence, List<String> evidence) {

    public Outlet {
        evidence = List.copyOf(evidence);
    }
}
