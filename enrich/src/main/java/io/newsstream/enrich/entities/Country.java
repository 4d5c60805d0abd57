package io.newsstream.enrich.entities;

import java.util.List;

/**
 * What the knowledge base knows about a country beyond its names, kept for rules that need it later (demonyms are
 * not names of the country: "Russian" in "Russian troops" is not a mention of Russia).
 *
 * @param id the country's entity id
 * @param capital the places id of its capital, or null
 */
public record Country(String id, String iso2, List<String> demonyms, String capital) {

    public Country {
        demonyms = List.copyOf(demonyms);
    }
}
