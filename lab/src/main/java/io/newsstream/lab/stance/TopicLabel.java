package io.newsstream.lab.stance;

import io.newsstream.core.article.StanceLabel;
import java.util.List;
import java.util.Optional;

/**
 * A reader's topic label: whether a page is about a stance target and, if so, the article's own stance toward it.
 *
 * @param label the stance, or empty when the page is not about the target (labelled {@code NONE})
 * @param sentences positions, in the body as {@code SentenceSplitter} splits it, of the sentences that carry the label
 */
public record TopicLabel(String file, String target, Optional<StanceLabel> label, List<Integer> sentences) {

    public TopicLabel {
        sentences = List.copyOf(sentences);
    }

    public boolean pageIsAbout() {
        return label.isPresent();
    }
}
