package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.RawArticle;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnricherPortrayalTest {

    @Test
    void enrichedArticlesSayHowTheyPortrayTheirPeople() {
        String text = "Charges filed in Ohio\nProsecutors in Ohio charged Governor Ellen Marsh with fraud and bribery on "
                + "Monday.\nMarsh is accused of lying to investigators about the missing money.";
        EnrichedArticle article = Enricher.builder().clock(Clock.systemUTC()).build().enrich(new RawArticle(
                ArticleIds.of(null, text), null, null, text, null, null, null, Instant.EPOCH, Channel.FILE, null));

        assertThat(article.entityStances()).extracting(EntityStance::entity).contains("Ellen Marsh");
        assertThat(article.entityStances()).allSatisfy(s ->
                assertThat(s.type()).isIn(EntityType.PERSON, EntityType.ORG));
        EntityStance marsh = article.entityStances().stream().filter(s -> s.entity().equals("Ellen Marsh")).findFirst()
                .orElseThrow();
        assertThat(marsh.evidence()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("Marsh"));
    }
}
