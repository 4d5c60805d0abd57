package io.newsstream.lab.stance;

import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.Stance;
import java.util.ArrayList;
import java.util.List;

/**
 * What the enrichment said about one labelled page, with the page's body sentences (sanitized as enrich sanitizes
 * text) to turn its evidence back into sentence positions.
 */
public record EnrichedPage(String file, String title, List<Stance> stances, List<EntityStance> entityStances,
                           List<String> sentences) {

    /** Evidence shorter than this is only found whole; longer evidence may be cut by the output bounds. */
    private static final int MIN_PREFIX = 40;

    public EnrichedPage {
        stances = List.copyOf(stances);
        entityStances = List.copyOf(entityStances);
        sentences = List.copyOf(sentences);
    }

    /** Each evidence sentence's position in the body, {@code "title"} for the headline, {@code "?"} if not found. */
    public List<String> positions(List<String> evidence) {
        List<String> positions = new ArrayList<>();
        for (String quoted : evidence) {
            positions.add(position(quoted.strip()));
        }
        return positions;
    }

    private String position(String quoted) {
        if (title != null && title.strip().equals(quoted)) {
            return "title";
        }
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).strip();
            if (sentence.equals(quoted) || quoted.length() >= MIN_PREFIX && sentence.startsWith(quoted)) {
                return Integer.toString(i);
            }
        }
        return "?";
    }
}
