package io.newsstream.core.article;

import java.util.List;

/**
 * An article's stance toward one configured target, with the stances of the people it quotes.
 *
 * @param target the target id, e.g. {@code peace-negotiations}
 * @param evidence the sentences that show the label
 */
public record Stance(String target, StanceLabel label, double confidence, List<String> evidence, List<SpeakerStance> speakers) {

    public Stance {
        evidence = List.copyOf(evidence);
        speakers = List.copyOf(speakers);
    }
}
