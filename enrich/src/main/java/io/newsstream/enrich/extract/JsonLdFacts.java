package io.newsstream.enrich.extract;

import java.util.List;

/**
 * What a page's JSON-LD says about its article; null (or empty) where it says nothing.
 *
 * @param authors author names as written (not yet cleaned)
 * @param datePublished the article's {@code datePublished} (else {@code dateCreated}), as written
 * @param publisher the article's {@code publisher} name
 * @param siteName the name of the page's {@code WebSite} or news organisation, when the article names no publisher
 */
record JsonLdFacts(
        String headline,
        List<String> authors,
        String datePublished,
        String dateModified,
        String publisher,
        String siteName,
        String description,
        List<String> keywords,
        String language,
        String url) {

    static final JsonLdFacts NONE =
            new JsonLdFacts(null, List.of(), null, null, null, null, null, List.of(), null, null);

    JsonLdFacts {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
