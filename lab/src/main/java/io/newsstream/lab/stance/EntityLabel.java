package io.newsstream.lab.stance;

import io.newsstream.core.article.Polarity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reader's portrayal label for one name on a page.
 *
 * @param names the canonical name first, then other names the entity step may give the same one
 * @param label the portrayal, or empty for a name that is not one of the article's people or organisations
 *              (labelled {@code NONE}): any portrayal of it is wrong
 * @param why for an empty label, what the name is instead: {@code not-person-or-org} or {@code related-link}
 * @param sentences positions, in the body as {@code SentenceSplitter} splits it, of the sentences that carry the label
 */
public record EntityLabel(String file, List<String> names, Optional<Polarity> label, String why, List<Integer> sentences) {

    public EntityLabel {
        names = List.copyOf(names);
        sentences = List.copyOf(sentences);
    }

    /** Whether the enrichment's canonical name is one of these names (case aside). */
    public boolean names(String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(candidate -> candidate.toLowerCase(Locale.ROOT).equals(folded));
    }
}
