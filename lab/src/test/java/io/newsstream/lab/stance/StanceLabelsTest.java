package io.newsstream.lab.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.enrich.stance.StanceTarget;
import io.newsstream.enrich.stance.StanceTargets;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceLabelsTest {

    @Test
    void everyBundledPageSaysForEveryBundledTargetWhetherItIsAboutIt() {
        List<String> targets = StanceTargets.bundled().stream().map(StanceTarget::id).toList();

        List<LabelledStancePage> pages = StanceLabels.bundled();

        assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
        for (LabelledStancePage page : pages) {
            assertThat(page.topics()).as(page.file()).extracting(TopicLabel::target)
                    .containsExactlyInAnyOrderElementsOf(targets);
            assertThat(page.entities()).as(page.file()).isNotEmpty();
        }
    }

    @Test
    void noNameIsLabelledTwiceOnOnePage() {
        for (LabelledStancePage page : StanceLabels.bundled()) {
            Set<String> seen = new HashSet<>();
            for (EntityLabel entity : page.entities()) {
                for (String name : entity.names()) {
                    assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as(page.file() + " " + name).isTrue();
                }
            }
        }
    }

    @Test
    void readsTopicsEntitiesAndNamesThatAreNotTheArticles() throws Exception {
        String lines = """
                {"file": "a.html.gz", "target": "climate-action", "label": "FAVOR", "sentences": [0, 3]}
                {"file": "a.html.gz", "target": "trade-tariffs", "label": "NONE", "sentences": []}
                {"file": "a.html.gz", "entity": "Ann Reyes", "also": ["Reyes"], "label": "NEGATIVE", "sentences": [2]}
                {"file": "a.html.gz", "entity": "Met Gala", "label": "NONE", "why": "not-person-or-org", "sentences": [4]}
                """;

        List<LabelledStancePage> pages = StanceLabels.read(new StringReader(lines));

        assertThat(pages).hasSize(1);
        LabelledStancePage page = pages.get(0);
        assertThat(page.topic("climate-action").orElseThrow().label()).contains(StanceLabel.FAVOR);
        assertThat(page.topic("trade-tariffs").orElseThrow().pageIsAbout()).isFalse();
        assertThat(page.entity("reyes").orElseThrow().label()).contains(Polarity.NEGATIVE);
        assertThat(page.entity("Met Gala").orElseThrow().label()).isEqualTo(Optional.empty());
        assertThat(page.entity("Met Gala").orElseThrow().why()).isEqualTo("not-person-or-org");
    }

    @Test
    void refusesALineWithAnUnknownLabelOrANoneWithoutItsReason() {
        String unknown = """
                {"file": "a.html.gz", "target": "climate-action", "label": "NONE", "sentences": []}
                {"file": "a.html.gz", "entity": "Ann Reyes", "label": "GOOD", "sentences": [2]}
                """;
        String noReason = """
                {"file": "a.html.gz", "entity": "Met Gala", "label": "NONE", "sentences": [4]}
                """;

        assertThatThrownBy(() -> StanceLabels.read(new StringReader(unknown)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> StanceLabels.read(new StringReader(noReason)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }
}
