package io.newsstream.ingest;

import java.util.List;

/** Turns a request body of one media type into the articles it holds; one implementation per content type. */
public interface SubmissionReader {

    /** The media types this reader understands, lower case, without parameters (e.g. {@code application/json}). */
    List<String> mediaTypes();

    /**
     * Whether a body holds exactly one article; a rejected single article is answered with a 4xx status,
     * while a batch is answered 202 listing its rejected lines.
     */
    boolean singleArticle();

    /**
     * Reads every article in the body; unreadable articles become rejections, never exceptions.
     *
     * @throws RequestRefusedException when the body as a whole cannot be taken, e.g. a batch over the size limit
     */
    List<ReadSubmission> read(SubmissionBody body) throws RequestRefusedException;
}
