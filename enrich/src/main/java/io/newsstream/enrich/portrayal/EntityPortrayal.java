package io.newsstream.enrich.portrayal;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Span;
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
 * that quotes or relays someone, or whose answer is not confident, counts as neutral. Evidence is
 * the sentences that show the label most strongly.
 */
public final class EntityPortrayal {

    /** A long article about one person mentions them often: the first sentences say enough and bound the work. */
    static final int MAX_SENTENCES = 12;
    static final int MAX_EVIDENCE = 3;
    /** How far mean positive and negative probability must differ for a non-neutral label. */
    static final double MARGIN = 0.15;
    /**
     * The least probability at which a sentence's POSITIVE or NEGATIVE answer is believed: the lowest at which the
     * bundled model's answers are right 85% of the time on NewsMTSC dev (lab {@code PortrayalCalibration}: 0.866 at
     * 0.75, against 0.52 between 0.7 and 0.8). Below it the sentence counts as neutral.
     */
    public static final double CONFIDENT = 0.75;
    /** What a sentence that does not speak for the article, or speaks unsure, contributes: nothing but neutral. */
    private static final PortrayalScore ABSTAINED = new PortrayalScore(0, 0, 1);

    private final PortrayalClassifier classifier;

    public EntityPortrayal(PortrayalClassifier classifier) {
        this.classifier = classifier;
    }

    /** With the bundled model. */
    public static EntityPortrayal bundled() {
        return new EntityPortrayal(PortrayalClassifier.bundled());
    }

    /** One stance per PERSON or ORG entity with a mention in {@code body} (spans are offsets into it). */
    public List<EntityStance> portray(String body, List<Entity> entities) {
        List<Entity> portrayable = entities.stream()
                .filter(e -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) && !e.spans().isEmpty())
                .toList();
        if (portrayable.isEmpty()) {
            return List.of();
        }
        List<SentenceBounds.Bound> sentences = SentenceBounds.of(body);
        Map<SentenceBounds.Bound, Integer> firstName = firstNames(sentences, portrayable);
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
    private static Map<SentenceBounds.Bound, Integer> firstNames(List<SentenceBounds.Bound> sentences,
            List<Entity> entities) {
        Map<SentenceBounds.Bound, Integer> first = new HashMap<>();
        for (Entity entity : entities) {
            for (Span span : entity.spans()) {
                SentenceBounds.Bound sentence = containing(sentences, span);
                if (sentence != null) {
                    first.merge(sentence, span.start(), Math::min);
                }
            }
        }
        return first;
    }

    private record Scored(String sentence, PortrayalScore score) {
    }

    private EntityStance portray(String body, List<SentenceBounds.Bound> sentences,
            Map<SentenceBounds.Bound, Integer> firstName, Entity entity) {
        // The first mention in each sentence stands for the entity there.
        Map<SentenceBounds.Bound, Span> firstMention = new LinkedHashMap<>();
        for (Span span : entity.spans()) {
            SentenceBounds.Bound sentence = containing(sentences, span);
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
        for (Map.Entry<SentenceBounds.Bound, Span> entry : firstMention.entrySet()) {
            SentenceBounds.Bound sentence = entry.getKey();
            String text = body.substring(sentence.start(), sentence.end());
            // A sentence's tone is about the name it starts with: the others are objects, rivals, places of work.
            boolean subject = entry.getValue().start() <= firstName.get(sentence);
            PortrayalScore score = !subject || ArticleVoice.relayed(text) ? ABSTAINED : believed(classifier.classify(text,
                    entry.getValue().start() - sentence.start(), entry.getValue().end() - sentence.start()));
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
        return new EntityStance(entity.name(), entity.type(), label, round(mean.probability(label)), evidence);
    }

    private static PortrayalScore believed(PortrayalScore score) {
        return score.label() == Polarity.NEUTRAL || score.confidence() >= CONFIDENT ? score : ABSTAINED;
    }

    /** Positive or negative only with a clear lean; otherwise, however the sentences split, neutral. */
    static Polarity label(PortrayalScore mean) {
        double lean = mean.positive() - mean.negative();
        if (lean > MARGIN && mean.positive() > mean.neutral()) {
            return Polarity.POSITIVE;
        }
        if (-lean > MARGIN && mean.negative() > mean.neutral()) {
            return Polarity.NEGATIVE;
        }
        return Polarity.NEUTRAL;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static SentenceBounds.Bound containing(List<SentenceBounds.Bound> sentences, Span span) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            SentenceBounds.Bound sentence = sentences.get(mid);
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
