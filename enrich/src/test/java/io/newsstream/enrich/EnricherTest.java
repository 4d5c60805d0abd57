package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Instant NOW = Instant.parse("2025-03-04T10:15:30Z");
    private final Enricher enricher = Enricher.withBundledData(Clock.fixed(NOW, ZoneOffset.UTC));

    private static RawArticle raw(String title, String text, String language) {
        return new RawArticle("a1b2c3", "https://www.dw.com/en/ferries/a-1", title, text, null, language,
                Instant.parse("2025-03-04T08:00:00Z"), Instant.parse("2025-03-04T09:00:00Z"), Channel.HTTP, null);
    }

    @Test
    void enrichmentCleansTitlesCountsAndFindsEntitiesAndOutlets() {
        String text = """
                Ferry Crews End Strike in Odesa
                Ferry crews in Odessa returned to work on Monday, according to Reuters.
                Share this:
                Foreign Minister Dmytro Kuleba welcomed the deal.
                Exit mobile version
                """;

        EnrichedArticle article = enricher.enrich(raw(null, text, null));

        assertThat(article.title()).isEqualTo("Ferry Crews End Strike in Odesa");
        assertThat(article.body()).isEqualTo("Ferry crews in Odessa returned to work on Monday, according to Reuters.\n\n"
                + "Foreign Minister Dmytro Kuleba welcomed the deal.");
        assertThat(article.wordCount()).isEqualTo(19);
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.entities()).extracting(Entity::id).containsExactlyInAnyOrder("odesa", "dmytro-kuleba");
        assertThat(article.outlet().publisher().id()).isEqualTo("dw");
        assertThat(article.outlet().cited()).singleElement().satisfies(cited -> assertThat(cited.id()).isEqualTo("reuters"));
    }

    @Test
    void enrichmentStampsTimeVersionAndDefaultsAndKeepsRawFields() {
        RawArticle raw = raw("Ferry Crews End Strike", "Crews returned to work.", null);

        EnrichedArticle article = enricher.enrich(raw);

        assertThat(article.enrichedAt()).isEqualTo(NOW);
        assertThat(article.enricherVersion()).isEqualTo(Enricher.VERSION);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.stances()).isEmpty();
        assertThat(article.duplicateOf()).isNull();
        assertThat(article.id()).isEqualTo(raw.id());
        assertThat(article.url()).isEqualTo(raw.url());
        assertThat(article.publishedAt()).isEqualTo(raw.publishedAt());
        assertThat(article.receivedAt()).isEqualTo(raw.receivedAt());
        assertThat(article.channel()).isEqualTo(Channel.HTTP);
    }

    @Test
    void givenLanguageIsKept() {
        assertThat(enricher.enrich(raw(null, "Les équipages ont repris le travail.", "fr")).language()).isEqualTo("fr");
    }
}
