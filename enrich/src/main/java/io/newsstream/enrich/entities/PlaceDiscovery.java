package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places the knowledge base does not know from a place word in their name: "Elm Street", "Harlow River",
 * "Lake Velm", "Mount Orsk", and "Velm Prefecture" (the place is "Velm").
 */
final class PlaceDiscovery {

    private static final String WORD = "\\p{Lu}\\p{L}+(?:-\\p{Lu}?\\p{L}+)?";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern PLACE = Pattern.compile(BEFORE + "(?:"
            + "(?<named>(?:" + WORD + "\\h+){1,3}(?:River|Avenue|Street|Square|Stadium|Field|Airport|Crossing|Ground))"
            + "|(?<prefixed>(?:Lake|Mount)\\h+" + WORD + ")"
            + "|(?<bare>" + WORD + ")\\h+Prefecture)" + AFTER);

    /** Capitalised words that open a sentence rather than a name. */
    private static final Set<String> LEADING_NON_NAME = Set.of(
            "The", "A", "An", "In", "On", "At", "By", "For", "From", "But", "And", "As", "Of", "To", "With", "Near",
            "Along", "Outside", "Across", "Its", "His", "Her", "Their", "This", "That", "After", "Despite", "When");

    /** Discovered places, skipping any that overlaps {@code known} mentions. */
    List<Mention> find(String text, List<Mention> known) {
        MentionIndex taken = new MentionIndex(known);
        List<Mention> found = new ArrayList<>();
        Matcher matcher = PLACE.matcher(text);
        while (matcher.find()) {
            String group = matcher.group("named") != null ? "named" : matcher.group("prefixed") != null ? "prefixed" : "bare";
            int start = matcher.start(group);
            String name = matcher.group(group);
            while (name.contains(" ") && LEADING_NON_NAME.contains(name.substring(0, name.indexOf(' ')))) {
                int cut = name.indexOf(' ') + 1;
                start += cut;
                name = name.substring(cut).stripLeading();
            }
            int end = start + name.length();
            boolean complete = !group.equals("named") || name.contains(" ");
            if (complete && !taken.overlaps(start, end)) {
                found.add(new Mention(Slugs.of(name), name, EntityType.LOCATION, name, start, end));
            }
        }
        return found;
    }
}
