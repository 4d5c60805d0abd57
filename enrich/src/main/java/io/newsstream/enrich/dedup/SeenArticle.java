package io.newsstream.enrich.dedup;

import io.newsstream.core.article.Outlet;
import java.time.Instant;

/**
 * What the duplicate step remembers of an article it has seen, for as long as the window lasts.
 *
 * @param first the first article of its near-duplicate group (its own id when it is the first)
 * @param similarity the estimated similarity to the copy it was matched to (0 when it is the first)
 * @param storyId the story it was put in
 * @param publisher who published it, or null: a later copy from another outlet names it as its source
 */
public record SeenArticle(String id, int[] signature, String first, double similarity, String storyId, Outlet publisher, Instant seenAt) {
}
