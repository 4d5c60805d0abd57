package io.newsstream.enrich.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text split into sentences once, by {@link SentenceSplitter}, and handed to every step that reads it
 * sentence by sentence (the name tagger, the stance steps), so no step splits the same text again. Every offset is an
 * offset into {@link #text()}. Immutable, so it is safe to share between the steps of one article.
 */
public final class AnalysedText {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final String text;
    private final List<Sentence> sentences;

    private AnalysedText(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /** The text, split. */
    public static AnalysedText of(String text) {
        return new AnalysedText(text, List.copyOf(SPLITTER.split(text)));
    }

    public String text() {
        return text;
    }

    /** The sentences, in order, without surrounding whitespace. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * This text with {@code headline} and a blank line before it (the stance steps read the headline as part of the
     * article): the headline is split on its own and this text's sentences are moved, not split again. The splitter
     * ends a sentence at every line break and looks no further back than the line it is on, so the result equals a
     * split of the joined text.
     */
    public AnalysedText withHeadline(String headline) {
        String joined = headline + "\n\n" + text;
        int shift = headline.length() + 2;
        List<Sentence> all = new ArrayList<>(SPLITTER.split(headline));
        for (Sentence sentence : sentences) {
            all.add(new Sentence(sentence.start() + shift, sentence.end() + shift, sentence.text()));
        }
        return new AnalysedText(joined, List.copyOf(all));
    }
}
