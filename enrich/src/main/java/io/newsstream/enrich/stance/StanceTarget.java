package io.newsstream.enrich.stance;

import java.util.List;

/**
 * A question analysts track, as configured in a targets file: which sentences are about it and which phrases show a
 * position on it. Phrases are matched as whole words, case-insensitively; a word ending in {@code *} matches any word
 * it starts.
 *
 * @param id stable id written into every stance, e.g. {@code peace-negotiations}
 * @param terms phrases that show a sentence is about the target ("ceasefire", "peace talks")
 * @param context phrases of which one must be near a term for it to count (e.g. Russia, Ukraine for talks that are
 *     about that war and not another); empty: terms count everywhere
 * @param favor phrases that state support by themselves ("worth pursuing")
 * @param against phrases that state opposition by themselves ("reward aggression")
 * @param more actions that advance the target ("tighten", "send more weapons"): support when advocated or done by a
 *     speaker, opposition when opposed ("oppose new sanctions")
 * @param less actions that weaken or end it ("lift", "cut aid"): the mirror of {@code more}
 * @param exclude phrases that hold a term in another sense ("arms control", "customs duties"): a term inside one of
 *     them does not count
 */
public record StanceTarget(String id, String name, String description, List<String> terms, List<String> context,
                           List<String> favor, List<String> against, List<String> more, List<String> less, List<String> exclude) {

    public StanceTarget {
        terms = List.copyOf(terms);
        context = List.copyOf(context);
        favor = List.copyOf(favor);
        against = List.copyOf(against);
        more = List.copyOf(more);
        less = List.copyOf(less);
        exclude = List.copyOf(exclude);
    }
}
