package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionIndexTest {

    private static Mention at(int start, int end) {
        return new Mention("x", "X", EntityType.ORG, "x", start, end);
    }

    @Test
    void findsOverlapsWithAnyMentionWhateverTheOrderGiven() {
        MentionIndex index = new MentionIndex(List.of(at(20, 30), at(0, 5), at(10, 12)));

        assertThat(index.overlaps(4, 6)).isTrue();
        assertThat(index.overlaps(11, 11 + 1)).isTrue();
        assertThat(index.overlaps(25, 40)).isTrue();
        assertThat(index.overlaps(5, 10)).isFalse();
        assertThat(index.overlaps(12, 20)).isFalse();
        assertThat(index.overlaps(30, 31)).isFalse();
    }

    @Test
    void aLongEarlierMentionStillCountsBehindShorterLaterOnes() {
        MentionIndex index = new MentionIndex(List.of(at(0, 100), at(10, 12)));

        assertThat(index.overlaps(50, 60)).isTrue();
    }

    @Test
    void noMentionsMeansNoOverlap() {
        assertThat(new MentionIndex(List.of()).overlaps(0, 10)).isFalse();
    }
}
