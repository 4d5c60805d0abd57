package io.newsstream.lab.entities;

import io.newsstream.enrich.entities.TaggedSpan;
import java.util.List;

/** A sentence with its true names, as character ranges in its text (so any tokeniser can be scored on it). */
public record LabelledSentence(String text, List<TaggedSpan> names) {

    public LabelledSentence {
        names = List.copyOf(names);
    }
}
