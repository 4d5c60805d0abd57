package io.newsstream.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentIdsTest {

    @Test
    void anIdFiledAgainIsKeptOnceAtItsLatestTime() {
        RecentIds ids = RecentIds.EMPTY.with("a", 10, 0, 20).with("b", 20, 0, 20).with("a", 30, 0, 20);

        assertThat(ids.between(0, 100, 20)).containsExactly("a", "b");
        assertThat(ids.newest()).isEqualTo(30);
    }

    @Test
    void idsStayInTimeOrderWhenFiledOutOfOrder() {
        RecentIds ids = RecentIds.EMPTY.with("late", 50, 0, 20).with("early", 5, 0, 20).with("middle", 20, 0, 20);

        assertThat(ids.between(0, 100, 20)).containsExactly("late", "middle", "early");
    }

    @Test
    void filingDropsIdsOlderThanTheWindowAndKeepsTheMostRecent() {
        RecentIds ids = RecentIds.EMPTY;
        for (int at = 0; at < 30; at++) {
            ids = ids.with("id" + at, at, 0, 20);
        }
        assertThat(ids.ids()).hasSize(20);
        assertThat(ids.between(0, 100, 3)).containsExactly("id29", "id28", "id27");

        RecentIds later = ids.with("new", 100, 25, 20);
        assertThat(later.between(0, 1000, 20)).containsExactly("new", "id29", "id28", "id27", "id26", "id25");
    }

    @Test
    void readsOnlyIdsFiledWithinTheAskedTimes() {
        RecentIds ids = RecentIds.EMPTY.with("a", 10, 0, 20).with("b", 20, 0, 20).with("c", 30, 0, 20);

        assertThat(ids.between(15, 25, 20)).containsExactly("b");
        assertThat(RecentIds.EMPTY.newest()).isEqualTo(Long.MIN_VALUE);
    }
}
