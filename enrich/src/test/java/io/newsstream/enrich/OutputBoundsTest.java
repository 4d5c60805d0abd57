package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Span;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.json.Json;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutputBoundsTest {

    private static final Instant AT = Instant.parse("2025-05-06T07:00:00Z");

    private static EnrichedArticle article(String big, int many) {
        List<String> strings = Collections.nCopies(many, big);
        List<Span> spans = IntStream.range(0, many).mapToObj(i -> new Span(i, i + 1)).toList();
        Outlet outlet = new Outlet(big, big, big, big, 0.9, strings);
        Entity entity = new Entity(big, big, EntityType.PERSON, many, strings, spans);
        Stance stance = new Stance(big, StanceLabel.FAVOR, 0.8, strings,
                Collections.nCopies(many, new SpeakerStance(big, StanceLabel.AGAINST, big)));
        EntityStance entityStance = new EntityStance(big, EntityType.PERSON, Polarity.NEGATIVE, 0.7, strings);
        return new EnrichedArticle("id-1", big, big, big, big, big, AT, AT, Channel.HTTP, big, big, 3, strings,
                new OutletAttribution(outlet, outlet, Collections.nCopies(many, outlet)), Collections.nCopies(many, entity),
                Collections.nCopies(many, stance), Collections.nCopies(many, entityStance), null, AT, "0.3.0");
    }

    @Test
    void everyStringAndListIsCutToItsCapAndCountsKeepTheTrueNumber() {
        String big = "y".repeat(2 * 1024 * 1024);

        EnrichedArticle bounded = OutputBounds.apply(article(big, 1_000));

        assertThat(bounded.id()).isEqualTo("id-1");
        assertThat(bounded.text()).hasSize(OutputBounds.MAX_TEXT_CHARS);
        assertThat(bounded.body()).hasSize(OutputBounds.MAX_BODY_CHARS);
        assertThat(bounded.title()).hasSize(OutputBounds.MAX_TITLE_CHARS);
        assertThat(bounded.url()).hasSize(OutputBounds.MAX_URL_CHARS);
        assertThat(bounded.feed()).hasSize(OutputBounds.MAX_URL_CHARS);
        assertThat(bounded.outletHint()).hasSize(OutputBounds.MAX_NAME_CHARS);
        assertThat(bounded.language()).hasSize(OutputBounds.MAX_LANGUAGE_CHARS);
        assertThat(bounded.authors()).hasSize(OutputBounds.MAX_AUTHORS).allSatisfy(a -> assertThat(a).hasSize(OutputBounds.MAX_NAME_CHARS));
        assertThat(bounded.entities()).hasSize(OutputBounds.MAX_ENTITIES).allSatisfy(entity -> {
            assertThat(entity.mentions()).isEqualTo(1_000);
            assertThat(entity.aliases()).hasSize(OutputBounds.MAX_ALIASES);
            assertThat(entity.spans()).hasSize(OutputBounds.MAX_SPANS);
        });
        assertThat(bounded.stances()).hasSize(OutputBounds.MAX_STANCES).allSatisfy(stance -> {
            assertThat(stance.evidence()).hasSize(OutputBounds.MAX_EVIDENCE)
                    .allSatisfy(e -> assertThat(e).hasSize(OutputBounds.MAX_EVIDENCE_CHARS));
            assertThat(stance.speakers()).hasSize(OutputBounds.MAX_SPEAKERS)
                    .allSatisfy(s -> assertThat(s.evidence()).hasSize(OutputBounds.MAX_EVIDENCE_CHARS));
        });
        assertThat(bounded.entityStances()).hasSize(OutputBounds.MAX_ENTITY_STANCES);
        assertThat(bounded.outlet().cited()).hasSize(OutputBounds.MAX_CITED_OUTLETS);
        assertThat(bounded.outlet().publisher().evidence()).hasSize(OutputBounds.MAX_OUTLET_EVIDENCE);
    }

    @Test
    void anArticleOfTwoByteCharactersAtEveryCapStaysUnderTheRecordLimit() throws Exception {
        // Cyrillic takes two bytes a character in UTF-8, twice what the caps count.
        EnrichedArticle bounded = OutputBounds.apply(article("ж".repeat(2 * 1024 * 1024), 1_000));

        assertThat(Json.mapper().writeValueAsBytes(bounded).length)
                .isLessThanOrEqualTo(io.newsstream.core.kafka.Topics.MAX_RECORD_BYTES - EnrichConfig.RECORD_HEADROOM_BYTES);
    }

    @Test
    void anOrdinaryArticleIsLeftAsItIs() {
        EnrichedArticle ordinary = article("Anna Berg", 2);

        assertThat(OutputBounds.apply(ordinary)).isEqualTo(ordinary);
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";

        assertThat(OutputBounds.cut("a" + emoji, 2)).isEqualTo("a");
        assertThat(OutputBounds.cut(null, 2)).isNull();
    }
}
