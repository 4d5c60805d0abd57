package io.newsstream.ingest.feed;

import java.util.List;

/** A feed document read into its title and items, in document order. */
public record ParsedFeed(String title, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
