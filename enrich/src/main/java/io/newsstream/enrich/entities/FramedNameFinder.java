package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people the knowledge base does not know from the news phrasing around their name: bylines and credits
 * ("By Jane Doe and John Roe", "Jane Doe contributed"), quotes ("said Jane Doe, a farmer") and appositions
 * ("Jane Doe, who leads", "its director, Jane Doe, said").
 */
final class FramedNameFinder {

    /** Capitalised words that a frame can catch without them being part of a name (sentence openers, dates). */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "The", "A", "An", "And", "Of", "On", "In", "At", "For", "With", "By", "To", "From", "But", "As", "Or",
            "This", "That", "Its", "His", "Her", "Their", "Our", "After", "Before", "When", "While", "Despite",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Updated", "Posted", "Editing", "Reporting", "Author", "Photograph",
            "North", "South", "East", "West", "State", "Street", "Road", "River", "City", "Chief", "Government");

    /** Words that make a framed span an organisation or a place rather than a person ("Epic Games, the maker"). */
    private static final Set<String> NON_PERSON_WORDS = Set.of(
            "Hospital", "Games", "Ltd", "Inc", "Fund", "Island", "Islands", "Relations", "Safety", "Bank", "Group",
            "Council", "Ministry", "Institute", "University", "Agency", "Authority", "Committee", "Commission",
            "Association", "Federation", "Party", "Union", "Foundation", "Corporation", "Company", "Partners",
            "Employees", "Services", "Forces", "Army", "Police", "News", "Times", "Post", "Daily");

    private static final String NAME_WORD = "\\p{Lu}\\p{L}+(?:-\\p{Lu}?\\p{L}+)?";
    /** Two or three capitalised words on one line. */
    private static final String NAME = NAME_WORD + "(?:\\h+" + NAME_WORD + "){1,2}";
    private static final String END = "(?![\\p{L}])";

    /** Frames whose group "name" (and optionally "second") holds the person. */
    private static final List<Pattern> FRAMES = List.of(
            // Bylines and credits: "By Jane Doe", "Reporting by Jane Doe and John Roe", "Author: Jane Doe".
            Pattern.compile("(?=[BRrAw])(?<![\\p{L}])(?:By|Reporting by|reporting by|Author:|writer)\\h+(?<name>" + NAME + ")" + END
                    + "(?:\\h+and\\h+(?<second>" + NAME + ")" + END + ")?"),
            // "Jane Doe contributed reporting", and author notes on their own line: "Jane Doe is a correspondent".
            Pattern.compile("(?=\\p{Lu})(?<![\\p{L}])(?<name>" + NAME + ")\\h+contributed\\b"),
            Pattern.compile("(?m)^(?<name>" + NAME + ")\\h+(?:is an?\\h|for\\h+\\p{Lu})"),
            // Quotes: "said Jane Doe, a farmer".
            Pattern.compile("(?=s)\\bsaid\\h+(?<name>" + NAME + "),"),
            // Appositions: "Jane Doe, who leads", "its director, Jane Doe, said".
            Pattern.compile("(?=\\p{Lu})(?<![\\p{L}])(?<name>" + NAME + "),\\h+(?:a|an|the|who|whose|said|told|has|had|called|urged|wrote)\\b"));

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** People named in a frame, skipping any name span that overlaps {@code known} mentions. */
    List<Mention> find(String text, List<Mention> known) {
        List<Mention> all = new ArrayList<>(known);
        List<Mention> found = new ArrayList<>();
        for (Pattern frame : FRAMES) {
            MentionIndex taken = new MentionIndex(all);
            Matcher matcher = frame.matcher(text);
            while (matcher.find()) {
                for (String group : List.of("name", "second")) {
                    if (frame.pattern().contains("<" + group + ">") && matcher.group(group) != null) {
                        Mention person = person(matcher.group(group), matcher.start(group));
                        if (person != null && !taken.overlaps(person.start(), person.end())
                                && found.stream().noneMatch(f -> f.start() < person.end() && person.start() < f.end())) {
                            found.add(person);
                        }
                    }
                }
            }
            all.addAll(found);
        }
        return found;
    }

    /** The name in a candidate after its last non-name word, or null when fewer than two name words remain. */
    static Mention person(String candidate, int offset) {
        Matcher word = WORD.matcher(candidate);
        int from = 0;
        int words = 0;
        while (word.find()) {
            if (NON_PERSON_WORDS.contains(word.group())) {
                return null;
            }
            if (NOT_NAME_WORDS.contains(word.group())) {
                from = word.end();
                words = 0;
            } else {
                words++;
            }
        }
        String name = candidate.substring(from).strip();
        if (words < 2) {
            return null;
        }
        int start = offset + candidate.indexOf(name, from);
        return new Mention(Slugs.of(name), name, EntityType.PERSON, name, start, start + name.length());
    }
}
