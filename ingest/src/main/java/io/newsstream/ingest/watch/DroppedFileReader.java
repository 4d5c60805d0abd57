package io.newsstream.ingest.watch;

import io.newsstream.ingest.BodyTooLargeException;
import io.newsstream.ingest.BoundedBody;
import io.newsstream.ingest.HtmlArticleReader;
import io.newsstream.ingest.JsonArticleReader;
import io.newsstream.ingest.NdjsonArticleReader;
import io.newsstream.ingest.PlainTextArticleReader;
import io.newsstream.ingest.ReadSubmission;
import io.newsstream.ingest.RequestRefusedException;
import io.newsstream.ingest.SubmissionBody;
import io.newsstream.ingest.SubmissionReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a dropped file into articles with the same readers as the HTTP API, chosen by its name: {@code .txt} (first
 * line is the title), {@code .json}, {@code .ndjson} or {@code .jsonl}, {@code .html} or {@code .htm} (a page per
 * file, its URL from its canonical link when it has one, its charset from its byte order mark or meta tag), each
 * optionally {@code .gz}.
 */
final class DroppedFileReader {

    /** Thrown when a file as a whole cannot be read; the message says why, for its {@code .error} file. */
    static final class UnreadableFileException extends Exception {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    private final int maxFileBytes;

    /** @param maxFileBytes the largest file, once decompressed */
    DroppedFileReader(int maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** Whether a file name has an extension this reader takes. */
    static boolean supported(String fileName) {
        return reader(fileName).isPresent();
    }

    java.util.List<ReadSubmission> read(Path file) throws IOException, UnreadableFileException {
        String name = file.getFileName().toString();
        SubmissionReader reader = reader(name).orElseThrow(() -> new UnreadableFileException(
                "unsupported file type; drop .txt, .json, .ndjson, .jsonl, .html or .htm files, optionally gzipped (.gz)"));
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = isGzip(name) ? new GZIPInputStream(raw) : raw) {
            bytes = BoundedBody.read(in, -1, maxFileBytes);
        } catch (BodyTooLargeException e) {
            throw new UnreadableFileException("file is larger than " + maxFileBytes + " bytes" + (isGzip(name) ? " once decompressed" : ""));
        } catch (ZipException | java.io.EOFException e) {
            throw new UnreadableFileException("not valid gzip: " + e.getMessage());
        }
        try {
            // A file has no Content-Type: a page's own declaration names its charset, other files are UTF-8.
            return reader.read(new SubmissionBody(bytes, StandardCharsets.UTF_8, Map.of(), !(reader instanceof HtmlArticleReader)));
        } catch (RequestRefusedException e) {
            throw new UnreadableFileException(e.getMessage());
        }
    }

    private static Optional<SubmissionReader> reader(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isGzip(name)) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        if (name.endsWith(".txt")) {
            return Optional.of(new PlainTextArticleReader());
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(new HtmlArticleReader(true));
        }
        if (name.endsWith(".json")) {
            return Optional.of(new JsonArticleReader());
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            // A file is not a request: no batch limit beyond its size; the ingestor sends it in chunks.
            return Optional.of(new NdjsonArticleReader(Integer.MAX_VALUE));
        }
        return Optional.empty();
    }

    private static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
