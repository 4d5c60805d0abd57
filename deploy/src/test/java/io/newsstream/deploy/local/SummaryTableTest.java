package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static EnrichedArticle article(String title, OutletAttribution outlet, List<Entity> entities, List<Stance> stances) {
        Instant now = Instant.parse("2026-01-05T08:00:00Z");
        return new EnrichedArticle("id-" + title.length(), null, title, "text", null, "en", null, now, Channel.HTTP,
                null, "body", 1, List.of(), outlet, entities, stances, List.of(), null, now, "test");
    }

    private static Entity entity(String name, int mentions) {
        return new Entity(name.toLowerCase(), name, EntityType.PERSON, mentions, List.of(name), List.of());
    }

    private static Outlet outlet(String id, String name) {
        return new Outlet(id, name, null, null, 0.9, List.of());
    }

    @Test
    void showsPublisherSourceTopEntitiesAndStances() {
        EnrichedArticle article = article("Talks in Istanbul",
                new OutletAttribution(outlet("troib", "TROIB News"), outlet("rt", "RT"), List.of()),
                List.of(entity("Antony Blinken", 4), entity("Mark Milley", 1), entity("Boris Johnson", 2), entity("Kyiv", 3)),
                List.of(new Stance("peace-negotiations", StanceLabel.AGAINST, 0.6, List.of(), List.of())));

        String table = SummaryTable.format(List.of(article));

        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table).contains("Talks in Istanbul", "TROIB News via RT",
                "Antony Blinken (4), Kyiv (3), Boris Johnson (2)", "peace-negotiations: AGAINST");
        assertThat(table).doesNotContain("Mark Milley");
    }

    @Test
    void unknownOutletAndNoStanceShowAsDashes() {
        String table = SummaryTable.format(List.of(article("Quiet day", OutletAttribution.UNKNOWN, List.of(), List.of())));
        assertThat(table.lines().skip(2).findFirst().orElseThrow()).matches("1\\s+Quiet day\\s+-\\s+-\\s+-\\s*");
    }

    @Test
    void longTitlesAreCutToTheColumn() {
        String longTitle = "A very long headline about many things that happened in many places on many days";
        String row = SummaryTable.format(List.of(article(longTitle, OutletAttribution.UNKNOWN, List.of(), List.of())))
                .lines().skip(2).findFirst().orElseThrow();
        assertThat(row).contains("A very long headline").contains("…").doesNotContain("many days");
    }
}
