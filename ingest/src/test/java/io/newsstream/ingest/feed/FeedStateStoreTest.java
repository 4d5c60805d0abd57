package io.newsstream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateStoreTest {

    private static final String FEED = "https://harbour-gazette.example/rss";

    @TempDir
    Path dir;

    @Test
    void savedStateIsLoadedBackAndNoTemporaryFileRemains() throws Exception {
        FeedStateStore store = new FeedStateStore(dir.resolve("feeds"));
        FeedState state = new FeedState(FEED, new Validators("\"v7\"", "Mon, 03 Mar 2025 07:00:00 GMT"),
                Instant.parse("2025-03-03T06:30:00Z"), List.of("a1", "b2"));

        store.save(state);

        assertThat(new FeedStateStore(dir.resolve("feeds")).load(FEED)).isEqualTo(state);
        try (var files = Files.list(dir.resolve("feeds"))) {
            assertThat(files).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".json"));
        }
    }

    @Test
    void unknownFeedStartsEmpty() {
        assertThat(new FeedStateStore(dir).load(FEED)).isEqualTo(FeedState.empty(FEED));
    }

    @Test
    void unreadableStateStartsEmptyRatherThanStoppingTheFeed() throws Exception {
        FeedStateStore store = new FeedStateStore(dir);
        Files.writeString(store.fileOf(FEED), "{ not json");

        assertThat(store.load(FEED)).isEqualTo(FeedState.empty(FEED));
    }

    @Test
    void rememberedIdsAreBoundedKeepingTheNewest() {
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> "id" + i).toList();

        FeedState state = FeedState.empty(FEED).withSent(ids, 10).withSent(List.of("id3"), 10);

        assertThat(state.sentIds()).hasSize(10).startsWith("id2", "id4").endsWith("id11", "id3");
    }
}
