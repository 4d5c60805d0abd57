package io.newsstream.deploy.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * One article read from a file, or the reason it could not be read, with where it came from.
 *
 * @param article the article as JSON, or null when {@code problem} says why there is none
 * @param size the bytes this article took in its file, for progress
 */
public record FeedItem(Path file, int line, ObjectNode article, String problem, long size) {

    public static FeedItem article(Path file, int line, ObjectNode article, long size) {
        return new FeedItem(file, line, article, null, size);
    }

    public static FeedItem unreadable(Path file, int line, String problem, long size) {
        return new FeedItem(file, line, null, problem, size);
    }

    public boolean readable() {
        return article != null;
    }

    /** {@code file:line}, as editors and terminals link it. */
    public String location() {
        return file + ":" + line;
    }
}
