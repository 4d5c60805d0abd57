package io.newsstream.deploy.feed;

/**
 * What became of one article: accepted with its id, or rejected with the reason.
 *
 * @param id the id ingest gave it, null when rejected
 * @param reason why it was rejected, null when accepted
 */
public record FeedResult(FeedItem item, String id, String reason) {

    public static FeedResult accepted(FeedItem item, String id) {
        return new FeedResult(item, id, null);
    }

    public static FeedResult rejected(FeedItem item, String reason) {
        return new FeedResult(item, null, reason);
    }

    public boolean isAccepted() {
        return id != null;
    }
}
