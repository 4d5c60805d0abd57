package io.newsstream.enrich.entities;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The city of a dateline ("KYIV, June 12 (Reuters) -", "ISLAMABAD (AP) —", "EUGENE, United States (AFP) -"), which
 * wires write in capitals. The entity matcher is case-sensitive, so the city is given back in title case at the same
 * offsets, to be matched like any other mention; a city the knowledge base lacks is still a place.
 */
final class DatelineCity {

    /** Datelines open the first paragraphs of a story, after at most a byline or two. */
    private static final int PARAGRAPHS_SEARCHED = 4;
    private static final Pattern CITY = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'’-]+(?:[ -]\\p{Lu}[\\p{Lu}.'’-]*){0,3}(?=,\\s|\\s*\\(|\\s+[-–—]|\\.?\\s*/\\p{Lu})");
    /** Capitals that open a paragraph without being a place. */
    private static final Set<String> NOT_CITIES = Set.of("UPDATE", "UPDATED", "BREAKING", "WATCH", "EXCLUSIVE", "LIVE",
            "OPINION", "ANALYSIS", "EDITORIAL", "PHOTOS", "VIDEO", "NEWS", "FACTBOX", "EXPLAINER", "CORRECTION");

    /** Where a dateline city is, with its title-case spelling. */
    record City(int start, int end, String name) {
    }

    private DatelineCity() {
    }

    static Optional<City> find(String body) {
        int paragraphStart = 0;
        for (int paragraph = 0; paragraph < PARAGRAPHS_SEARCHED && paragraphStart < body.length(); paragraph++) {
            Matcher city = CITY.matcher(body).region(paragraphStart, body.length());
            if (city.lookingAt() && !NOT_CITIES.contains(city.group()) && city.group().length() > 2) {
                return Optional.of(new City(city.start(), city.end(), titleCase(city.group())));
            }
            int next = body.indexOf('\n', paragraphStart);
            if (next < 0) {
                break;
            }
            while (next < body.length() && body.charAt(next) == '\n') {
                next++;
            }
            paragraphStart = next;
        }
        return Optional.empty();
    }

    /** The body with its dateline city in title case, same length and offsets, for case-sensitive matching. */
    static String withTitleCaseCity(String body, City city) {
        return body.substring(0, city.start()) + city.name() + body.substring(city.end());
    }

    /** "IVANO-FRANKIVSK" → "Ivano-Frankivsk", "ST. PETERSBURG" → "St. Petersburg": one character for one. */
    static String titleCase(String capitals) {
        StringBuilder name = new StringBuilder(capitals.length());
        boolean wordStart = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            name.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-' || c == '.';
        }
        return name.toString();
    }
}
