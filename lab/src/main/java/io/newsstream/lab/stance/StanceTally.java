package io.newsstream.lab.stance;

import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares the enrichment of labelled pages with a reader's stance labels, page by page, and keeps the figures and
 * every disagreement. Topic stances count as false on a page the reader says is not about the target, whatever their
 * label: saying a page discusses a target is the claim. A portrayal counts only when it is not NEUTRAL: NEUTRAL is
 * the enrichment saying nothing, which the coverage figures measure.
 */
public final class StanceTally {

    private int pages;
    private int falseTopicLabels;
    private int pagesWithFalseTopic;
    private int topicsAbout;
    private int topicsRight;
    private int topicsSilent;
    private int portrayalsJudged;
    private int portrayalsRight;
    private int portrayalsUnjudged;
    private int labelledEntities;
    private int labelledGivenPortrayal;
    private int readerPortrayals;
    private int readerPortrayalsFound;
    private final List<String> misses = new ArrayList<>();

    public void add(LabelledStancePage labels, EnrichedPage enriched) {
        pages++;
        scoreTopics(labels, enriched);
        scorePortrayals(labels, enriched);
        scoreCoverage(labels, enriched);
    }

    private void scoreTopics(LabelledStancePage labels, EnrichedPage enriched) {
        boolean falseOnPage = false;
        for (Stance stance : enriched.stances()) {
            Optional<TopicLabel> reader = labels.topic(stance.target());
            if (reader.isEmpty()) {
                continue; // a target the reader did not label (a user's own): nothing to compare
            }
            if (!reader.get().pageIsAbout()) {
                falseTopicLabels++;
                falseOnPage = true;
                misses.add(String.format(Locale.ROOT, "topic  %s %s: %s on a page not about it, evidence %s",
                        labels.file(), stance.target(), stance.label(), enriched.positions(stance.evidence())));
            }
        }
        pagesWithFalseTopic += falseOnPage ? 1 : 0;
        for (TopicLabel reader : labels.topics()) {
            if (!reader.pageIsAbout()) {
                continue;
            }
            topicsAbout++;
            Optional<Stance> found = enriched.stances().stream()
                    .filter(stance -> stance.target().equals(reader.target())).findFirst();
            StanceLabel expected = reader.label().orElseThrow();
            if (found.isEmpty()) {
                topicsSilent++;
                misses.add(String.format(Locale.ROOT, "topic  %s %s: none, reader %s %s", labels.file(),
                        reader.target(), expected, reader.sentences()));
            } else if (found.get().label() == expected) {
                topicsRight++;
            } else {
                misses.add(String.format(Locale.ROOT, "topic  %s %s: %s, reader %s %s, evidence %s", labels.file(),
                        reader.target(), found.get().label(), expected, reader.sentences(),
                        enriched.positions(found.get().evidence())));
            }
        }
    }

    private void scorePortrayals(LabelledStancePage labels, EnrichedPage enriched) {
        for (EntityStance stance : enriched.entityStances()) {
            if (stance.label() == Polarity.NEUTRAL) {
                continue;
            }
            Optional<EntityLabel> reader = labels.entity(stance.entity());
            if (reader.isEmpty()) {
                portrayalsUnjudged++;
                misses.add(String.format(Locale.ROOT, "unjudged %s \"%s\": %s, evidence %s", labels.file(),
                        stance.entity(), stance.label(), enriched.positions(stance.evidence())));
                continue;
            }
            portrayalsJudged++;
            Optional<Polarity> expected = reader.get().label();
            if (expected.isPresent() && expected.get() == stance.label()) {
                portrayalsRight++;
            } else {
                String readerSays = expected.map(polarity -> polarity + " " + reader.get().sentences())
                        .orElse("not a person or organisation of the article (" + reader.get().why() + ")");
                misses.add(String.format(Locale.ROOT, "entity %s \"%s\": %s, reader %s, evidence %s", labels.file(),
                        stance.entity(), stance.label(), readerSays, enriched.positions(stance.evidence())));
            }
        }
    }

    private void scoreCoverage(LabelledStancePage labels, EnrichedPage enriched) {
        for (EntityLabel reader : labels.entities()) {
            if (reader.label().isEmpty()) {
                continue;
            }
            labelledEntities++;
            Polarity expected = reader.label().get();
            Optional<Polarity> found = enriched.entityStances().stream()
                    .filter(stance -> reader.names(stance.entity())).map(EntityStance::label)
                    .filter(label -> label != Polarity.NEUTRAL).findFirst();
            labelledGivenPortrayal += found.isPresent() ? 1 : 0;
            if (expected == Polarity.NEUTRAL) {
                continue;
            }
            readerPortrayals++;
            if (found.isPresent() && found.get() == expected) {
                readerPortrayalsFound++;
            } else if (found.isEmpty()) {
                misses.add(String.format(Locale.ROOT, "silent %s \"%s\": none, reader %s %s", labels.file(),
                        reader.names().get(0), expected, reader.sentences()));
            }
        }
    }

    public int pages() {
        return pages;
    }

    public int falseTopicLabels() {
        return falseTopicLabels;
    }

    public int pagesWithFalseTopic() {
        return pagesWithFalseTopic;
    }

    public int topicsRight() {
        return topicsRight;
    }

    /** Share of the non-neutral portrayals of judged names that the reader agrees with. */
    public double portrayalPrecision() {
        return share(portrayalsRight, portrayalsJudged);
    }

    /** Share of the names the reader labels (people and organisations) that got a non-neutral portrayal. */
    public double coverage() {
        return share(labelledGivenPortrayal, labelledEntities);
    }

    /** Share of the reader's non-neutral portrayals that the enrichment gives too. */
    public double portrayalRecall() {
        return share(readerPortrayalsFound, readerPortrayals);
    }

    public List<String> lines() {
        return List.of(
                String.format(Locale.ROOT, "real-text stance: %d labelled pages", pages),
                String.format(Locale.ROOT, "topic labels on pages not about the target: %d, on %d of %d pages",
                        falseTopicLabels, pagesWithFalseTopic, pages),
                String.format(Locale.ROOT, "topic labels right: %d of %d pages-and-targets the reader says are about "
                        + "the target (%d unlabelled)", topicsRight, topicsAbout, topicsSilent),
                String.format(Locale.ROOT, "non-neutral entity stances right: %d of %d (%.3f); %d more on names not "
                        + "labelled", portrayalsRight, portrayalsJudged, portrayalPrecision(), portrayalsUnjudged),
                String.format(Locale.ROOT, "coverage: %d of %d labelled people and organisations got a non-neutral "
                        + "label (%.3f); of the %d the reader labels non-neutral, %d got that label (%.3f)",
                        labelledGivenPortrayal, labelledEntities, coverage(), readerPortrayals, readerPortrayalsFound,
                        portrayalRecall()));
    }

    /** Every disagreement, a line each, in page order. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
