package io.newsstream.lab.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StanceTallyTest {

    private static final String FILE = "x/Page.html.gz";
    private static final List<String> SENTENCES = List.of("Ann Reyes cut the ribbon.", "Talks resumed.",
            "Kay Lund was convicted.", "Read more: Bo Tan speaks out");

    private static final LabelledStancePage LABELS = new LabelledStancePage(FILE,
            List.of(new TopicLabel(FILE, "peace-negotiations", Optional.of(StanceLabel.NEUTRAL), List.of(1)),
                    new TopicLabel(FILE, "trade-tariffs", Optional.empty(), List.of())),
            List.of(new EntityLabel(FILE, List.of("Ann Reyes"), Optional.of(Polarity.NEUTRAL), null, List.of(0)),
                    new EntityLabel(FILE, List.of("Kay Lund", "Lund"), Optional.of(Polarity.NEGATIVE), null, List.of(2)),
                    new EntityLabel(FILE, List.of("Bo Tan"), Optional.empty(), "related-link", List.of(3))));

    @Test
    void aTopicLabelOnAPageNotAboutTheTargetIsFalseWhateverItsLabel() {
        StanceTally tally = tally(List.of(stance("peace-negotiations", StanceLabel.NEUTRAL, "Talks resumed."),
                stance("trade-tariffs", StanceLabel.NEUTRAL, "Kay Lund was convicted.")), List.of());

        assertThat(tally.falseTopicLabels()).isEqualTo(1);
        assertThat(tally.pagesWithFalseTopic()).isEqualTo(1);
        assertThat(tally.topicsRight()).isEqualTo(1);
        assertThat(tally.misses()).filteredOn(line -> line.startsWith("topic")).containsExactly(
                "topic  x/Page.html.gz trade-tariffs: NEUTRAL on a page not about it, evidence [2]");
    }

    @Test
    void portrayalsCountWhenNotNeutralAndAreWrongOnANameThatIsNotTheArticles() {
        StanceTally tally = tally(List.of(), List.of(
                portrayal("Ann Reyes", Polarity.NEUTRAL, "Ann Reyes cut the ribbon."),
                portrayal("Lund", Polarity.NEGATIVE, "Kay Lund was convicted."),
                portrayal("Bo Tan", Polarity.POSITIVE, "Read more: Bo Tan speaks out"),
                portrayal("Cy Moss", Polarity.POSITIVE, "Cy Moss wrote this.")));

        assertThat(tally.portrayalPrecision()).isEqualTo(0.5);
        assertThat(tally.coverage()).isEqualTo(0.5);
        assertThat(tally.portrayalRecall()).isEqualTo(1.0);
        assertThat(tally.misses()).filteredOn(line -> !line.startsWith("topic")).containsExactly(
                "entity x/Page.html.gz \"Bo Tan\": POSITIVE, reader not a person or organisation of the article "
                        + "(related-link), evidence [3]",
                "unjudged x/Page.html.gz \"Cy Moss\": POSITIVE, evidence [?]");
    }

    @Test
    void aReaderStanceTheEnrichmentDoesNotGiveIsListedAsSilent() {
        StanceTally tally = tally(List.of(), List.of(portrayal("Kay Lund", Polarity.NEUTRAL, "Kay Lund was convicted.")));

        assertThat(tally.portrayalRecall()).isZero();
        assertThat(tally.misses()).containsExactly("topic  x/Page.html.gz peace-negotiations: none, reader NEUTRAL [1]",
                "silent x/Page.html.gz \"Kay Lund\": none, reader NEGATIVE [2]");
    }

    private static StanceTally tally(List<Stance> stances, List<EntityStance> portrayals) {
        StanceTally tally = new StanceTally();
        tally.add(LABELS, new EnrichedPage(FILE, "A title", stances, portrayals, SENTENCES));
        return tally;
    }

    private static Stance stance(String target, StanceLabel label, String evidence) {
        return new Stance(target, label, 0.7, List.of(evidence), List.of());
    }

    private static EntityStance portrayal(String name, Polarity label, String evidence) {
        return new EntityStance(name, EntityType.PERSON, label, 0.7, List.of(evidence));
    }
}
