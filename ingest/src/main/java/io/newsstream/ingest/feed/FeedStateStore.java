package io.newsstream.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each feed's {@link FeedState} in its own small JSON file, named by a hash of the feed URL, replaced
 * atomically (written beside it, then moved over it) so a crash leaves the old state or the new, never half of one.
 */
public final class FeedStateStore {

    private static final Logger log = LoggerFactory.getLogger(FeedStateStore.class);
    private static final ObjectMapper JSON = Json.mapper();

    private final Path dir;

    /** Creates the directory when missing. */
    public FeedStateStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create feed state directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The saved state of a feed; empty when there is none or it cannot be read (its items are then sent again, harmlessly, under the same ids). */
    public FeedState load(String feed) {
        Path file = fileOf(feed);
        try {
            FeedState state = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), FeedState.class);
            if (!feed.equals(state.feed())) {
                log.warn("feed state {} belongs to {}, not {}; starting afresh", file, state.feed(), feed);
                return FeedState.empty(feed);
            }
            return state;
        } catch (NoSuchFileException e) {
            return FeedState.empty(feed);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read feed state {} for {}: {}; starting afresh", file, feed, e.getMessage());
            return FeedState.empty(feed);
        }
    }

    public void save(FeedState state) throws IOException {
        Path file = fileOf(state.feed());
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, JSON.writeValueAsBytes(state));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    Path fileOf(String feed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(feed.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
