package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places the knowledge base does not know from a place word in their name: "Elm Street", "Harlow River",
 * "Lake Velm", "Mount Orsk", "Orsk County"; from an administrative word after it, which is not part of the name:
 * "Velm Prefecture", "the Velm region" (the place is "Velm"); and from what the text calls it: "the town of Velm".
 */
final class PlaceDiscovery {

    private static final String WORD = "\\p{Lu}\\p{L}+(?:-\\p{Lu}?\\p{L}+)?";
    /** The look-ahead fails fast where no name starts, before the dearer look-behind is tried. */
    private static final String BEFORE = "(?=\\p{Lu})(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern PLACE = Pattern.compile(BEFORE + "(?:"
            + "(?<named>(?:" + WORD + "\\h+){1,3}(?:River|Avenue|Street|Square|Stadium|Field|Airport|Crossing|Ground|County))"
            + "|(?<prefixed>(?:Lake|Mount)\\h+" + WORD + ")"
            + "|(?<bare>" + WORD + ")\\h+(?:Prefecture|[Pp]rovince|[Rr]egion|[Oo]blast|[Dd]istrict|[Gg]overnorate))" + AFTER);
    /** "the town of Velm": matched on its own, as a look-behind tried at every position would be slow. */
    private static final Pattern CUED = Pattern.compile(
            "(?=[tcvpirdms])\\b(?:town|city|village|port|island|province|region|district|county|municipality|state)\\h+of\\h+"
                    + "(?<cued>" + WORD + "(?:\\h+" + WORD + ")?)" + AFTER);

    /** Capitalised words that open a sentence rather than a name. */
    private static final Set<String> LEADING_NON_NAME = Set.of(
            "The", "A", "An", "In", "On", "At", "By", "For", "From", "But", "And", "As", "Of", "To", "With", "Near",
            "Along", "Outside", "Across", "Its", "His", "Her", "Their", "This", "That", "After", "Despite", "When");

    /** Words before "region" or "province" that describe it rather than name it ("The region", "Eastern Province"). */
    private static final Set<String> NOT_PLACE_NAMES = Set.of("The", "This", "That", "Each", "Every", "Whole", "Entire",
            "Northern", "Southern", "Eastern", "Western", "Central", "Border", "Capital", "Autonomous", "Breakaway");

    /** Discovered places, skipping any that overlaps {@code known} mentions. */
    List<Mention> find(String text, List<Mention> known) {
        MentionIndex taken = new MentionIndex(known);
        List<Mention> found = new ArrayList<>();
        for (Pattern pattern : List.of(PLACE, CUED)) {
            findAll(pattern.matcher(text), taken, found);
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void findAll(Matcher matcher, MentionIndex taken, List<Mention> found) {
        while (matcher.find()) {
            String group = matcher.pattern() == CUED ? "cued"
                    : matcher.group("named") != null ? "named"
                    : matcher.group("prefixed") != null ? "prefixed" : "bare";
            int start = matcher.start(group);
            String name = matcher.group(group);
            while (name.contains(" ") && LEADING_NON_NAME.contains(name.substring(0, name.indexOf(' ')))) {
                int cut = name.indexOf(' ') + 1;
                start += cut;
                name = name.substring(cut).stripLeading();
            }
            int end = start + name.length();
            boolean complete = group.equals("named") ? name.contains(" ") : !NOT_PLACE_NAMES.contains(name);
            if (complete && !taken.overlaps(start, end) && !overlapsAny(found, start, end)) {
                found.add(new Mention(Slugs.of(name), name, EntityType.LOCATION, name, start, end));
            }
        }
    }

    private static boolean overlapsAny(List<Mention> mentions, int start, int end) {
        return mentions.stream().anyMatch(mention -> mention.start() < end && start < mention.end());
    }
}
