package io.newsstream.lab.devset;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import io.newsstream.enrich.Enricher;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the enricher's stances against the stance development set.
 *
 * <p><b>Topic-stance accuracy</b>: of the article-target pairs in the gold or in the output, the share where both
 * give the same label (a target the gold lists but the output misses, or the reverse, counts as wrong).
 * <b>Speaker accuracy</b>: of the gold speaker stances, the share where the output gives that speaker the same label
 * for that target. Speaker stances the gold does not list are counted apart, as extras.
 */
public final class StanceEvaluation implements DevSetReport {

    static final String NONE = "(none)";
    private static final List<String> LABELS = List.of("FAVOR", "AGAINST", "NEUTRAL", NONE);

    private int articles;
    private int topicPairs;
    private int topicRight;
    private int speakerGold;
    private int speakerRight;
    private int speakerExtra;
    /** Gold label to output label to count. */
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    /** Reads the stance development set, one JSON article per line; a bad line fails with its line number. */
    public static List<LabelledStanceArticle> read(Reader input) throws IOException {
        return DevSetFiles.read(input, LabelledStanceArticle.class, "a labelled stance article");
    }

    public static StanceEvaluation run(Enricher enricher, List<LabelledStanceArticle> set) {
        StanceEvaluation evaluation = new StanceEvaluation();
        for (LabelledStanceArticle article : set) {
            evaluation.add(article, enricher.enrich(DevSetFiles.raw(article.url(), article.text(), article.outletHint())));
        }
        return evaluation;
    }

    void add(LabelledStanceArticle labelled, EnrichedArticle enriched) {
        articles++;
        Map<String, Stance> found = new HashMap<>();
        enriched.stances().forEach(stance -> found.put(stance.target(), stance));
        Set<String> goldTargets = new HashSet<>();
        for (LabelledStanceArticle.GoldStance gold : labelled.gold().stances()) {
            goldTargets.add(gold.target());
            Stance stance = found.get(gold.target());
            String label = stance == null ? NONE : stance.label().name();
            countTopic(labelled.id(), gold.target(), gold.label(), label);
            Map<String, SpeakerStance> speakers = new HashMap<>();
            if (stance != null) {
                stance.speakers().forEach(speaker -> speakers.put(key(speaker.entity()), speaker));
            }
            for (LabelledStanceArticle.GoldSpeaker speaker : gold.speakers()) {
                speakerGold++;
                SpeakerStance given = speakers.remove(key(speaker.entity()));
                String givenLabel = given == null ? NONE : given.label().name();
                if (givenLabel.equals(speaker.label())) {
                    speakerRight++;
                } else {
                    misses.add(labelled.id() + " " + gold.target() + " speaker " + speaker.entity() + ": " + givenLabel
                            + " (gold " + speaker.label() + ")" + (given == null ? "" : " <- " + given.evidence()));
                }
            }
            speakers.values().forEach(extra -> {
                speakerExtra++;
                misses.add(labelled.id() + " " + gold.target() + " extra speaker " + extra.entity() + ": "
                        + extra.label() + " <- " + extra.evidence());
            });
        }
        for (Stance stance : enriched.stances()) {
            if (!goldTargets.contains(stance.target())) {
                countTopic(labelled.id(), stance.target(), NONE, stance.label().name());
                speakerExtra += stance.speakers().size();
            }
        }
    }

    private void countTopic(String id, String target, String gold, String given) {
        topicPairs++;
        confusion.computeIfAbsent(gold, g -> new TreeMap<>()).merge(given, 1, Integer::sum);
        if (gold.equals(given)) {
            topicRight++;
        } else {
            misses.add(id + " " + target + ": " + given + " (gold " + gold + ")");
        }
    }

    private static String key(String name) {
        return name.replace('\u2019', '\'').toLowerCase(Locale.ROOT).trim();
    }

    public double topicAccuracy() {
        return topicPairs == 0 ? 0 : (double) topicRight / topicPairs;
    }

    public double speakerAccuracy() {
        return speakerGold == 0 ? 0 : (double) speakerRight / speakerGold;
    }

    public int speakerExtras() {
        return speakerExtra;
    }

    /** Each disagreement with the gold, one line each. */
    @Override
    public List<String> misses() {
        return List.copyOf(misses);
    }

    @Override
    public String report() {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "articles: %d%n", articles));
        report.append(String.format(Locale.ROOT, "topic-stance accuracy:   %.3f  (%d of %d article-target pairs)%n",
                topicAccuracy(), topicRight, topicPairs));
        report.append(String.format(Locale.ROOT, "speaker accuracy:        %.3f  (%d of %d gold speaker stances; %d extra "
                + "speaker stances not in the gold)%n", speakerAccuracy(), speakerRight, speakerGold, speakerExtra));
        report.append("topic stances, gold (rows) by output (columns):\n");
        report.append(String.format(Locale.ROOT, "%-9s", ""));
        LABELS.forEach(label -> report.append(String.format(Locale.ROOT, "%9s", label)));
        report.append('\n');
        for (String gold : LABELS) {
            Map<String, Integer> row = confusion.getOrDefault(gold, Map.of());
            report.append(String.format(Locale.ROOT, "%-9s", gold));
            LABELS.forEach(label -> report.append(String.format(Locale.ROOT, "%9d", row.getOrDefault(label, 0))));
            report.append('\n');
        }
        return report.toString();
    }
}
