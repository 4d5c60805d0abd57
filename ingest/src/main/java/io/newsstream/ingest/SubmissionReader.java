package io.newsstream.ingest;

import java.util.List;

/** Turns a request body of one media type into the articles it holds; one implementation per content type. */
public interface SubmissionReader {

    /** The media type this reader understands, lower case, without parameters (e.g. {@code application/json}). */
    String mediaType();

    /**
     * Whether a body holds exactly one article; a rejected single article is answered with a 4xx status,
     * while a batch is answered 202 listing its rejected lines.
     */
    boolean singleArticle();

    /** Reads every article in the body; unreadable parts become rejections, never exceptions. */
    List<ReadSubmission> read(byte[] body);
}
