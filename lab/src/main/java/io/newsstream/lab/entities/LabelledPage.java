package io.newsstream.lab.entities;

import java.util.List;

/**
 * One English page of news-pages with its clean body (from {@code truth.jsonl}) and the names a careful reader found in
 * it (from {@code entities.jsonl}).
 *
 * @param cited the outlets the text attributes information to
 */
record LabelledPage(String file, String url, String title, String body, List<GoldName> persons, List<GoldName> orgs,
                    List<GoldName> locations, List<GoldName> cited) {
}
