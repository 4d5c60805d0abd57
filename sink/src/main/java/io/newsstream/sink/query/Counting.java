package io.newsstream.sink.query;

import java.util.Locale;
import java.util.Set;

/**
 * What the statistics count, from their {@code count} parameter: each near-duplicate group once, through its first
 * article (the default), or every article, copies included. See decision 0014.
 */
enum Counting {
    /** Articles that copy no earlier article: a copy ({@code duplicateOf} set) adds nothing. */
    ORIGINALS,
    /** Every article, each copy counted like an article of its own. */
    ARTICLES;

    static final String PARAMETER = "count";
    private static final Set<String> NAMES = Set.of("originals", "articles");

    static Counting from(QueryParameters parameters) throws BadParameterException {
        return parameters.oneOf(PARAMETER, NAMES).map(name -> valueOf(name.toUpperCase(Locale.ROOT)))
                .orElse(ORIGINALS);
    }

    /** The condition to add with AND on the articles {@code a}: a constant, so the statement's text is fixed. */
    String onArticles() {
        return this == ORIGINALS ? " AND " + ArticleQuerySql.ORIGINAL : "";
    }
}
