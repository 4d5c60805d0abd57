package io.newsstream.enrich.entities;

import io.newsstream.core.article.Entity;
import io.newsstream.enrich.text.AnalysedText;
import java.util.List;

/** Finds the named entities of an article body; the default is the dictionary-and-rules {@link EntityFinder}. */
public interface EntityRecognizer {

    /** The entities of {@code body}, most mentioned first; spans index into body. Must be safe to call from many threads. */
    List<Entity> recognise(String body);

    /** As {@link #recognise(String)}, for a body the enricher has already split into sentences. */
    default List<Entity> recognise(AnalysedText body) {
        return recognise(body.text());
    }
}
