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
        return from(parameters, ORIGINALS);
    }

    /** For the story endpoints, whose default is every article (decision 0014). */
    static Counting from(QueryParameters parameters, Counting fallback) throws BadParameterException {
        return parameters.oneOf(PARAMETER, NAMES).map(name -> valueOf(name.toUpperCase(Locale.ROOT)))
                .orElse(fallback);
    }

    /** The condition to add with AND on the articles {@code a}: a constant, so the statement's text is fixed. */
    String onArticles() {
        return onArticles("a");
    }

    /** The same condition (that of {@link ArticleQuerySql#ORIGINAL}) on articles under another alias. */
    String onArticles(String alias) {
        return this == ORIGINALS ? " AND " + alias + ".duplicate_of IS NULL" : "";
    }

    /** The same rule in Java, for an article read back as a document. */
    boolean counts(String duplicateOf) {
        return this == ARTICLES || duplicateOf == null;
    }
}
