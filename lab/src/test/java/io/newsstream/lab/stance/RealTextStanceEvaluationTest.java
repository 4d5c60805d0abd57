package io.newsstream.lab.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.Enricher;
import io.newsstream.lab.SharedDatasets;
import io.newsstream.lab.extraction.ExtractionDataset;
import io.newsstream.lab.extraction.ExtractionPage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RealTextStanceEvaluationTest {

    // Before issue 14: 13 topic labels on 11 of 56 pages not about the target, 4 of 5 topic labels right, 62 of 336
    // non-neutral portrayals right (0.185). First steps: 3 on 3 pages, 4 of 5 right, 14 of 37 (0.378). Abstaining
    // portrayal and topic gating (2026-12-08): 1 on 1 page, 4 of 5 right, 6 of 10 (0.600). The build fails if a change
    // makes any worse (the precision floor keeps a margin of one wrong label in ten).
    private static final int CEILING_FALSE_TOPIC_LABELS = 1;
    private static final int CEILING_PAGES_WITH_FALSE_TOPIC = 1;
    private static final int FLOOR_TOPICS_RIGHT = 4;
    private static final double FLOOR_PORTRAYAL_PRECISION = 0.54;

    @Test
    void everyLabelPointsAtSentencesOfItsPage() {
        Path dir = newsPages();
        Map<String, ExtractionPage> pages = ExtractionDataset.read(dir).stream()
                .collect(Collectors.toMap(ExtractionPage::name, Function.identity()));

        for (LabelledStancePage labelled : StanceLabels.bundled()) {
            assertThat(pages).as("news-pages holds " + labelled.file()).containsKey(labelled.file());
            int sentences = RealTextStanceEvaluation.sentences(pages.get(labelled.file()).body()).size();
            labelled.topics().forEach(topic -> assertThat(topic.sentences()).as(labelled.file() + " " + topic.target())
                    .allMatch(position -> position >= 0 && position < sentences));
            labelled.entities().forEach(entity -> assertThat(entity.sentences())
                    .as(labelled.file() + " " + entity.names().get(0))
                    .allMatch(position -> position >= 0 && position < sentences));
        }
    }

    @Test
    void stanceOnTheLabelledPagesIsNoWorseThanToday() {
        Path dir = newsPages();

        StanceTally tally = RealTextStanceEvaluation.run(Enricher.builder().clock(Clock.systemUTC()).build(), dir,
                StanceLabels.bundled());

        tally.lines().forEach(System.out::println);
        assertThat(tally.pages()).isEqualTo(StanceLabels.bundled().size());
        assertThat(tally.falseTopicLabels()).isLessThanOrEqualTo(CEILING_FALSE_TOPIC_LABELS);
        assertThat(tally.pagesWithFalseTopic()).isLessThanOrEqualTo(CEILING_PAGES_WITH_FALSE_TOPIC);
        assertThat(tally.topicsRight()).isGreaterThanOrEqualTo(FLOOR_TOPICS_RIGHT);
        assertThat(tally.portrayalPrecision()).isGreaterThanOrEqualTo(FLOOR_PORTRAYAL_PRECISION);
    }

    @Test
    void evidenceIsFoundBackAtItsSentenceOrInTheTitle() {
        EnrichedPage page = new EnrichedPage("f", "Talks \u2018resume\u2019", List.of(), List.of(),
                RealTextStanceEvaluation.sentences("Kyiv said \u201cyes\u201d.\nTalks resumed in Geneva on Monday."));

        assertThat(page.positions(List.of("Talks resumed in Geneva on Monday.", "Kyiv said \"yes\".",
                "Talks \u2018resume\u2019", "Not in it."))).containsExactly("1", "0", "title", "?");
    }

    private static Path newsPages() {
        Optional<Path> data = SharedDatasets.find("news-pages");
        Assumptions.assumeTrue(data.isPresent(), SharedDatasets.ABSENT);
        return data.get();
    }
}
