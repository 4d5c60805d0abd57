package io.newsstream.ingest.feed;

/**
 * The HTTP validators of the last feed body read in full, sent back so the server can answer 304.
 *
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
