package io.newsstream.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an {@code application/x-ndjson} (or {@code application/jsonl}) batch: one JSON article per line, blank lines
 * skipped, each line read on its own so one bad line does not spoil the others.
 */
public final class NdjsonArticleReader implements SubmissionReader {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    public static final String JSONL_MEDIA_TYPE = "application/jsonl";

    private final int maxArticles;

    /** @param maxArticles the most non-blank lines one batch may hold */
    public NdjsonArticleReader(int maxArticles) {
        this.maxArticles = maxArticles;
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE, JSONL_MEDIA_TYPE);
    }

    @Override
    public boolean singleArticle() {
        return false;
    }

    /** Line numbers count every line, blank ones included, so they match what the client's editor shows. */
    @Override
    public List<ReadSubmission> read(SubmissionBody body) throws RequestRefusedException {
        // Lines are split on the newline byte, which is only safe in UTF-8 (and its ASCII subset).
        if (!body.charset().equals(StandardCharsets.UTF_8) && !body.charset().equals(StandardCharsets.US_ASCII)) {
            throw new RequestRefusedException(415, RejectionReason.UNSUPPORTED,
                    "charset " + body.charset().name() + " is not supported for NDJSON; send UTF-8");
        }
        byte[] bytes = body.bytes();
        List<ReadSubmission> articles = new ArrayList<>();
        int line = 0;
        int start = 0;
        while (start < bytes.length) {
            line++;
            int end = indexOfNewline(bytes, start);
            if (!isBlank(bytes, start, end)) {
                if (articles.size() == maxArticles) {
                    throw new RequestRefusedException(413, RejectionReason.TOO_MANY,
                            "batch holds more than " + maxArticles + " articles, the limit per request; split it into smaller batches");
                }
                articles.add(JsonArticleReader.readLine(Arrays.copyOfRange(bytes, start, end), line));
            }
            start = end + 1;
        }
        return articles;
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
