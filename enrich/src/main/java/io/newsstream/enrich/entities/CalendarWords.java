package io.newsstream.enrich.entities;

import java.util.Set;

/** Months and weekdays, which a capitalised-name rule must not read as a name ("told the agency Monday"). */
final class CalendarWords {

    private static final Set<String> WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December");

    private CalendarWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
