package io.newsstream.enrich.portrayal;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Span;
import io.newsstream.enrich.text.AnalysedText;
import io.newsstream.enrich.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an article portrays each of its people and organisations: every sentence that mentions the entity is
 * classified for that mention, and the sentence scores are averaged into one label. The label is POSITIVE or
 * NEGATIVE only when the average leans that way by a clear margin; mixed or weak portrayals are NEUTRAL. A sentence
 * counts as neutral (abstains) unless it speaks for the article about the entity: prose of the body (not a bare line
 * such as a caption or a related link), in the article's own voice (no quotation, no relayed view), with the entity
 * as the subject of its clause and the first person or organisation it names, and a calibrated answer confident
 * enough. A NEUTRAL label's confidence is the model's mean neutral probability over the sentences, those that abstained
 * counting 0: "neutral, sure" and "nothing to go on" differ. Evidence is the sentences that show the label most
 * strongly.
 */
public final class EntityPortrayal {

    /** A long article about one person mentions them often: the first sentences say enough and bound the work. */
    static final int MAX_SENTENCES = 12;
    static final int MAX_EVIDENCE = 3;
    /** How far mean positive and negative probability must differ for a non-neutral label. */
    static final double MARGIN = 0.15;
    /** The least mean probability of a non-neutral label: more likely than not. */
    private static final double MAJORITY = 0.5;
    /**
     * The least calibrated probability at which a sentence's POSITIVE or NEGATIVE answer is believed: the lowest at
     * which a model trained without the held-out part of NewsMTSC train is right 85% of the time there (lab
     * {@code PortrayalCalibration}; see 0005). Below it the sentence counts as neutral.
     */
    public static final double CONFIDENT = 0.80;
    /** What a sentence that does not speak for the article, or speaks unsure, contributes: nothing but neutral. */
    private static final PortrayalScore ABSTAINED = new PortrayalScore(0, 0, 1);

    private final PortrayalClassifier classifier;
    private final ScoreCalibration calibration;

    public EntityPortrayal(PortrayalClassifier classifier, ScoreCalibration calibration) {
        this.classifier = classifier;
        this.calibration = calibration;
    }

    /** With the bundled model and the calibration in its file. */
    public static EntityPortrayal bundled() {
        return new EntityPortrayal(PortrayalClassifier.bundled(), PortrayalClassifier.bundled().calibration());
    }

    /** One stance per PERSON or ORG entity with a mention in {@code body} (spans are offsets into it). */
    public List<EntityStance> portray(String body, List<Entity> entities) {
        return portray(AnalysedText.of(body), entities);
    }

    /** As {@link #portray(String, List)}, on a body already split into sentences. */
    public List<EntityStance> portray(AnalysedText prose, List<Entity> entities) {
        List<Entity> portrayable = entities.stream()
                .filter(e -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) && !e.spans().isEmpty())
                .toList();
        if (portrayable.isEmpty()) {
            return List.of();
        }
        String body = prose.text();
        List<Sentence> sentences = prose.sentences();
        Map<Sentence, Integer> firstName = firstNames(sentences, portrayable);
        List<EntityStance> stances = new ArrayList<>();
        for (Entity entity : portrayable) {
            EntityStance stance = portray(body, sentences, firstName, entity);
            if (stance != null) {
                stances.add(stance);
            }
        }
        return stances;
    }

    /** Where each sentence's first named person or organisation starts. */
    private static Map<Sentence, Integer> firstNames(List<Sentence> sentences,
            List<Entity> entities) {
        Map<Sentence, Integer> first = new HashMap<>();
        for (Entity entity : entities) {
            for (Span span : entity.spans()) {
                Sentence sentence = containing(sentences, span);
                if (sentence != null) {
                    first.merge(sentence, span.start(), Math::min);
                }
            }
        }
        return first;
    }

    private record Scored(String sentence, PortrayalScore score) {
    }

    private EntityStance portray(String body, List<Sentence> sentences,
            Map<Sentence, Integer> firstName, Entity entity) {
        // The first mention in each sentence stands for the entity there.
        Map<Sentence, Span> firstMention = new LinkedHashMap<>();
        for (Span span : entity.spans()) {
            Sentence sentence = containing(sentences, span);
            if (sentence != null) {
                firstMention.merge(sentence, span, (a, b) -> a.start() <= b.start() ? a : b);
            }
            if (firstMention.size() >= MAX_SENTENCES) {
                break;
            }
        }
        if (firstMention.isEmpty()) {
            return null;
        }
        List<Scored> scored = new ArrayList<>();
        double positive = 0;
        double negative = 0;
        double neutral = 0;
        // The model's own neutral probability where it was asked: a NEUTRAL label is only as sure as that.
        double heardNeutral = 0;
        for (Map.Entry<Sentence, Span> entry : firstMention.entrySet()) {
            Sentence sentence = entry.getKey();
            String text = sentence.text();
            int from = entry.getValue().start() - sentence.start();
            int to = entry.getValue().end() - sentence.start();
            PortrayalScore score = ABSTAINED;
            if (speaksOf(body, sentence, from, to, firstName.get(sentence))) {
                PortrayalScore heard = calibration.apply(classifier.classify(text, from, to));
                heardNeutral += heard.neutral();
                score = believed(heard);
            }
            scored.add(new Scored(text, score));
            positive += score.positive();
            negative += score.negative();
            neutral += score.neutral();
        }
        int n = scored.size();
        PortrayalScore mean = new PortrayalScore(positive / n, negative / n, neutral / n);
        Polarity label = label(mean);
        List<String> evidence = scored.stream()
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score().probability(label)))
                .limit(MAX_EVIDENCE)
                .map(Scored::sentence)
                .toList();
        double confidence = label == Polarity.NEUTRAL ? heardNeutral / n : mean.probability(label);
        return new EntityStance(entity.name(), entity.type(), label, round(confidence), evidence);
    }

    /**
     * Whether the sentence speaks for the article about the mention at {@code [from, to)}: a sentence's tone is about
     * the name it starts with and the subject of the clause (the others are objects, rivals, places of work), and only
     * the article's own prose and voice count.
     */
    private static boolean speaksOf(String body, Sentence sentence, int from, int to, int firstName) {
        return sentence.start() + from <= firstName && ArticleProse.isProse(body, sentence)
                && !ArticleVoice.relayed(sentence.text()) && MentionRole.isSubject(sentence.text(), from, to);
    }

    private static PortrayalScore believed(PortrayalScore score) {
        return score.label() == Polarity.NEUTRAL || score.confidence() >= CONFIDENT ? score : ABSTAINED;
    }

    /**
     * Positive or negative only with a clear lean and more likely than not over the entity's sentences (a lean made
     * of one polar sentence among neutral ones is not the article's portrayal); otherwise, however the sentences
     * split, neutral.
     */
    static Polarity label(PortrayalScore mean) {
        double lean = mean.positive() - mean.negative();
        if (lean > MARGIN && mean.positive() > mean.neutral() && mean.positive() > MAJORITY) {
            return Polarity.POSITIVE;
        }
        if (-lean > MARGIN && mean.negative() > mean.neutral() && mean.negative() > MAJORITY) {
            return Polarity.NEGATIVE;
        }
        return Polarity.NEUTRAL;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static Sentence containing(List<Sentence> sentences, Span span) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence sentence = sentences.get(mid);
            if (span.start() < sentence.start()) {
                high = mid - 1;
            } else if (span.start() >= sentence.end()) {
                low = mid + 1;
            } else {
                return span.end() <= sentence.end() ? sentence : null;
            }
        }
        return null;
    }
}
