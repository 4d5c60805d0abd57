package io.newsstream.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.enrich.dedup.InMemoryRecentIndex;
import io.newsstream.enrich.dedup.SeenArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryStepTest {

    private static final Instant T0 = Instant.parse("2031-03-01T08:00:00Z");
    private static final List<Entity> LISBON_FERRIES = List.of(
            new Entity("lisbon", "Lisbon", EntityType.LOCATION, 2, List.of("Lisbon"), List.of()),
            new Entity("tagus", "Tagus", EntityType.LOCATION, 2, List.of("Tagus"), List.of()),
            new Entity("transtejo", "Transtejo", EntityType.ORG, 1, List.of("Transtejo"), List.of()),
            new Entity("lisbon-city-council", "Lisbon City Council", EntityType.ORG, 1, List.of(), List.of()));

    private final StoryStep step = new StoryStep(StorySettings.DEFAULT);
    private final InMemoryRecentIndex<SeenArticle> seen = new InMemoryRecentIndex<>(Duration.ofDays(7));
    private final InMemoryRecentIndex<StoryProfile> stories = new InMemoryRecentIndex<>(Duration.ofDays(3));

    @Test
    void editedCopiesFromOtherOutletsNameTheOriginalAndItsPublisherAsSource() {
        EnrichedArticle original = place(article("a1", StoryTexts.ORIGINAL, "Lisbon Daily"), T0);
        EnrichedArticle edited = place(article("a2", StoryTexts.EDITED_COPY, "Porto Post"), T0.plusSeconds(3600));
        EnrichedArticle trimmed = place(article("a3", StoryTexts.SHORT_COPY, "Lisbon Daily"), T0.plusSeconds(7200));

        assertThat(original.duplicateOf()).isNull();
        assertThat(original.storyId()).isEqualTo("a1");
        assertThat(edited.duplicateOf()).isEqualTo("a1");
        assertThat(edited.duplicateSimilarity()).isBetween(0.5, 1.0);
        assertThat(edited.storyId()).isEqualTo("a1");
        assertThat(edited.outlet().source().name()).isEqualTo("Lisbon Daily");
        assertThat(edited.outlet().source().evidence().get(0)).contains("a1");
        assertThat(trimmed.duplicateOf()).isEqualTo("a1");
        // Its own outlet's earlier text is an update, not syndication.
        assertThat(trimmed.outlet().source()).isNull();
    }

    @Test
    void anotherEventOnTheSameSubjectIsNoCopy() {
        place(article("a1", StoryTexts.ORIGINAL, "Lisbon Daily"), T0);
        EnrichedArticle other = place(article("b1", StoryTexts.SAME_SUBJECT, "Porto Post"), T0.plusSeconds(600));

        assertThat(other.duplicateOf()).isNull();
        assertThat(other.duplicateSimilarity()).isNull();
        assertThat(other.storyId()).isEqualTo("b1");
    }

    @Test
    void anArticleSeenAgainKeepsWhatItGotAndIsNeverItsOwnCopy() {
        place(article("a1", StoryTexts.ORIGINAL, "Lisbon Daily"), T0);
        EnrichedArticle copy = place(article("a2", StoryTexts.EDITED_COPY, "Porto Post"), T0.plusSeconds(60));

        EnrichedArticle originalAgain = place(article("a1", StoryTexts.ORIGINAL, "Lisbon Daily"), T0.plusSeconds(120));
        EnrichedArticle copyAgain = place(article("a2", StoryTexts.EDITED_COPY, "Porto Post"), T0.plusSeconds(180));

        assertThat(originalAgain.duplicateOf()).isNull();
        assertThat(originalAgain.storyId()).isEqualTo("a1");
        assertThat(copyAgain).isEqualTo(copy);
    }

    @Test
    void aCopyAfterTheWindowStartsAfresh() {
        place(article("a1", StoryTexts.ORIGINAL, "Lisbon Daily"), T0);
        EnrichedArticle late = place(article("a2", StoryTexts.EDITED_COPY, "Porto Post"), T0.plus(Duration.ofDays(8)));

        assertThat(late.duplicateOf()).isNull();
        assertThat(late.storyId()).isEqualTo("a2");
    }

    @Test
    void anArticleWithoutBodyIsLeftAlone() {
        EnrichedArticle empty = article("e1", "", "Lisbon Daily");

        assertThat(place(empty, T0)).isEqualTo(empty);
    }

    private EnrichedArticle place(EnrichedArticle article, Instant at) {
        return step.apply(article, at, seen, stories);
    }

    static EnrichedArticle article(String id, String body, String publisher) {
        Outlet outlet = new Outlet(publisher.toLowerCase().replace(' ', '-'), publisher, null, "PT", 0.9, List.of("url"));
        String title = body.isEmpty() ? null : body.lines().findFirst().orElseThrow();
        return new EnrichedArticle(id, null, title, body, null, "en", null, T0, Channel.HTTP, null, body,
                body.split("\\s+").length, List.of(), new OutletAttribution(outlet, null, List.of()),
                body.isEmpty() ? List.of() : LISBON_FERRIES, List.of(), List.of(), null, T0, "test");
    }
}
