package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityPortrayalTest {

    private static final EntityPortrayal PORTRAYAL = EntityPortrayal.bundled();

    private static Entity entity(String body, String name, EntityType type, String... forms) {
        List<Span> spans = new ArrayList<>();
        for (String form : forms) {
            for (int at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
                spans.add(new Span(at, at + form.length()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Entity(name.toLowerCase().replace(' ', '-'), name, type, spans.size(), List.of(forms), spans);
    }

    @Test
    void labelsEachPersonAndOrganisationWithEvidence() {
        // A conviction the article states as fact is the article's portrayal; a charge would not be.
        String body = "Mayor Tom Kessler was convicted of fraud and bribery on Monday.\n\n"
                + "Kessler took bribes from builders, lied to investigators and disgraced his office.\n\n"
                + "The city council will meet on Thursday at the town hall.";
        Entity kessler = entity(body, "Tom Kessler", EntityType.PERSON, "Tom Kessler", "Kessler");
        Entity council = entity(body, "City Council", EntityType.ORG, "city council");
        Entity place = entity(body, "Town Hall", EntityType.LOCATION, "town hall");

        List<EntityStance> stances = PORTRAYAL.portray(body, List.of(kessler, council, place));

        assertThat(stances).extracting(EntityStance::entity).containsExactly("Tom Kessler", "City Council");
        EntityStance stance = stances.get(0);
        assertThat(stance.label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(stance.type()).isEqualTo(EntityType.PERSON);
        assertThat(stance.confidence()).isBetween(0.0, 1.0);
        assertThat(stance.evidence()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("Kessler"))
                .hasSizeLessThanOrEqualTo(EntityPortrayal.MAX_EVIDENCE);
        assertThat(stances.get(1).evidence()).containsExactly("The city council will meet on Thursday at the town hall.");
    }

    @Test
    void anEntityWithoutMentionsInTheBodyGetsNoStance() {
        Entity ghost = new Entity("x", "Nobody Here", EntityType.PERSON, 0, List.of(), List.of());
        assertThat(PORTRAYAL.portray("Some text. More text.", List.of(ghost))).isEmpty();
    }

    @Test
    void mixedOrWeakPortrayalsAreNeutral() {
        assertThat(EntityPortrayal.label(new PortrayalScore(0.45, 0.40, 0.15))).isEqualTo(Polarity.NEUTRAL);
        assertThat(EntityPortrayal.label(new PortrayalScore(0.40, 0.10, 0.50))).isEqualTo(Polarity.NEUTRAL);
        assertThat(EntityPortrayal.label(new PortrayalScore(0.70, 0.10, 0.20))).isEqualTo(Polarity.POSITIVE);
        assertThat(EntityPortrayal.label(new PortrayalScore(0.05, 0.75, 0.20))).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void reportedSpeechAndQuotationsAreNotTheArticlesPortrayal() {
        String body = "Senator Ada Moreno accused Mayor Tom Kessler of fraud, bribery and lying to investigators.\n\n"
                + "\"Kessler is a crook and a liar who betrayed this city,\" one resident shouted.";
        Entity kessler = entity(body, "Tom Kessler", EntityType.PERSON, "Tom Kessler", "Kessler");

        List<EntityStance> stances = PORTRAYAL.portray(body, List.of(kessler));

        assertThat(stances).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo(Polarity.NEUTRAL);
            assertThat(s.confidence()).as("nothing the article says in its own voice: unsure").isZero();
        });
    }

    @Test
    void aSentencesToneIsGivenToTheNameItStartsWithNotToTheOthers() {
        String body = "Mayor Tom Kessler was convicted of fraud and bribery, a court in Ohio ruled on Monday.";
        Entity kessler = entity(body, "Tom Kessler", EntityType.PERSON, "Tom Kessler");
        Entity court = entity(body, "Ohio Court", EntityType.ORG, "a court in Ohio");

        List<EntityStance> stances = PORTRAYAL.portray(body, List.of(kessler, court));

        assertThat(stances).extracting(EntityStance::label).containsExactly(Polarity.NEGATIVE, Polarity.NEUTRAL);
    }
}
