package io.newsstream.lab.extraction;

import io.newsstream.enrich.clean.TitleExtractor;
import io.newsstream.lab.SharedDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One SHA-256 over what enrich's plain-text cleaning makes of every scraped text in the shared data (the news pages'
 * {@code text/} files and the {@code samples/}), so a change meant only to make the cleaning faster can show that
 * it left every title and body line as it was.
 *
 * <p>Run: {@code java -cp lab/target/classes:... io.newsstream.lab.extraction.CleaningDigest}, or
 * {@code ./mvnw -B -q -pl lab -am test -Dtest=CleaningDigestTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class CleaningDigest {

    private final ScrapedTextEvaluation cleaning = new ScrapedTextEvaluation();

    /** The digest and how many texts went into it. */
    public record Digest(String sha256, int texts) {
    }

    /** The texts the digest covers, in a fixed order: the news pages' scraped texts, then the samples. */
    public static List<Path> sharedTexts(Path datasets) {
        List<Path> files = new ArrayList<>(textFiles(datasets.resolve("news-pages").resolve("text")));
        files.addAll(textFiles(datasets.resolveSibling("samples")));
        return files;
    }

    public Digest digest(List<Path> files) {
        MessageDigest sha = sha256();
        for (Path file : files) {
            TitleExtractor.Titled cleaned = cleaning.clean(read(file));
            // Field and record separators that no text holds, so moving a line break shows in the digest.
            update(sha, file.getFileName().toString());
            update(sha, String.valueOf(cleaned.title()));
            for (String line : cleaned.bodyLines()) {
                update(sha, line);
            }
            sha.update((byte) 0x1E);
        }
        return new Digest(HexFormat.of().formatHex(sha.digest()), files.size());
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1F);
    }

    private static List<Path> textFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static void main(String[] args) {
        Path datasets = SharedDatasets.root().orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        Digest digest = new CleaningDigest().digest(sharedTexts(datasets));
        System.out.println("cleaning digest " + digest.sha256() + " over " + digest.texts() + " texts");
    }
}
