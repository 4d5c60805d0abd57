package io.newsstream.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Outlet;
import io.newsstream.enrich.dedup.SeenArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The binary records of the story step's stores read back as written. */
class StoreRecordSerdesTest {

    private static final Instant AT = Instant.parse("2031-03-01T08:00:00Z");

    @Test
    void seenArticleReadsBackWithItsSignatureAndPublisher() {
        int[] signature = {Integer.MIN_VALUE, -1, 0, 7, Integer.MAX_VALUE};
        Outlet publisher = new Outlet("bbc", "BBC", "bbc.co.uk", null, 0.9, List.of("© BBC", "Reporting by BBC News"));
        SeenArticle article = new SeenArticle("a2", signature, "a1", 0.75, "s1", publisher, AT);
        SeenArticleSerde serde = new SeenArticleSerde();

        SeenArticle read = serde.deserialize("t", serde.serialize("t", article));

        assertThat(read.signature()).containsExactly(signature);
        assertThat(read).usingRecursiveComparison().isEqualTo(article);
    }

    @Test
    void seenArticleWithoutPublisherOrStoryReadsBack() {
        SeenArticle article = new SeenArticle("a1", new int[120], "a1", 0, null, null, AT);
        SeenArticleSerde serde = new SeenArticleSerde();

        assertThat(serde.deserialize("t", serde.serialize("t", article))).usingRecursiveComparison().isEqualTo(article);
        assertThat(serde.serialize("t", article).length).isLessThan(600);
    }

    @Test
    void storyProfileReadsBackWithItsFeatures() {
        StoryProfile story = StoryProfile.start("s1", AT, Map.of("e:Q64", 2.0, "t:ferry", 1.0, "t:strike", 1.0))
                .with(Map.of("e:Q64", 2.0, "t:harbour", 1.0), AT.plusSeconds(60));
        StoryProfileSerde serde = new StoryProfileSerde();

        assertThat(serde.deserialize("t", serde.serialize("t", story))).isEqualTo(story);
    }

    @Test
    void recentIdsReadBackInOrder() {
        RecentIds ids = RecentIds.EMPTY.with("a", 10, 0, 20).with("b", 20, 0, 20);
        RecentIdsSerde serde = new RecentIdsSerde();

        assertThat(serde.deserialize("t", serde.serialize("t", ids))).isEqualTo(ids);
    }
}
