package io.newsstream.enrich.outlet;

import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cited outlets the catalogue lacks, known by their structure: a name that a citation cue introduces ("told", "according
 * to", "in an interview with", "obtained by") and that is built like a publication's name ("the Montana Free Press",
 * "Sky Sports", "the Daily Haymaker"), or any name after a word saying what kind of outlet it is ("the blog
 * Wealthynickel") or before "magazine" ("New York magazine ran"). A name without either ("according to the
 * Pentagon") is not taken.
 */
final class UncataloguedCitations {

    /**
     * A cue, or a word saying what kind of outlet follows ("the personal finance blog X"), then up to five capitalised
     * words on the line, the name ending where the capitals end.
     */
    private static final Pattern CUED_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:(?i:according\\s+to|told|(?:first\\s+)?reported\\s+by|cited\\s+by|quoted\\s+by|seen\\s+by"
                    + "|obtained\\s+by|interview\\s+with|(?:speaking|spoke|talking|talked)\\s+to|(?:wrote|writing)\\s+in)"
                    + "|(?<kind>newspaper|blog|news\\s+site|magazine|tabloid|broadcaster|news\\s+agency|podcast))"
                    + "\\h+(?:[Tt]he\\h+)?(?<name>\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,4})(?![\\p{L}\\p{N}])"
                    + "(?! \\p{Lu})(?!['’]s)");
    /**
     * A name followed by the word "magazine" ("New York magazine ran a profile"), not after an article: "a Texas
     * magazine" is a magazine from somewhere, "The magazine" no name.
     */
    private static final Pattern NAME_MAGAZINE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<!\\b(?i:a|an|the)\\h)(?<name>\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3})"
                    + "\\h+magazine(?![\\p{L}\\p{N}])");
    /** Words opening a sentence before "magazine" that make it no name ("A Texas magazine", "The magazine"). */
    private static final Set<String> NO_NAME = Set.of("The", "A", "An", "This", "That", "His", "Her", "Their", "Its");
    /** Capitalised words after a kind of outlet that are no name ("told the newspaper Monday"). */
    private static final Set<String> CALENDAR_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Today", "Tonight");
    /** Last words of publications' names. */
    private static final Set<String> MEDIA_HEADS = Set.of(
            "Press", "Times", "Post", "News", "Herald", "Journal", "Tribune", "Gazette", "Magazine", "Sports", "Radio",
            "TV", "Television", "Chronicle", "Observer", "Telegraph", "Examiner", "Courier", "Inquirer", "Sentinel",
            "Reporter", "Dispatch", "Bulletin", "Mirror", "Express", "Insider", "Weekly", "Monthly", "Review",
            "Broadcasting", "Newswire", "Wire", "Daily", "Today", "Tonight", "Online", "Podcast");
    /** First words of publications' names ("Daily Haymaker", "Sunday Independent"). */
    private static final Set<String> MEDIA_OPENERS = Set.of("Daily", "Weekly", "Sunday");

    private UncataloguedCitations() {
    }

    /** One candidate per citation of an outlet named like one and not matched by {@code catalog}, in text order. */
    static List<Cited> find(String text, OutletCatalog catalog) {
        List<Cited> found = new ArrayList<>();
        Matcher cued = CUED_NAME.matcher(text);
        while (cued.find()) {
            // A sentence's full stop is no part of the name; inner dots are ("U.S. News").
            String name = cued.group("name");
            name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            int firstSpace = name.indexOf(' ');
            String first = firstSpace < 0 ? name : name.substring(0, firstSpace);
            boolean namedLikeAnOutlet = cued.start("kind") >= 0 ? !CALENDAR_WORDS.contains(first)
                    : firstSpace > 0 && (MEDIA_HEADS.contains(name.substring(name.lastIndexOf(' ') + 1))
                    || MEDIA_OPENERS.contains(first));
            if (!namedLikeAnOutlet || isCatalogued(name, catalog)) {
                continue;
            }
            found.add(new Cited(cued.start("name"), OutletCandidate.unknown(Slugs.of(name), name, null,
                    CitationFinder.PER_CITATION, cued.group())));
        }
        // The pattern would try every capital letter of an article that never says "magazine".
        Matcher magazine = NAME_MAGAZINE.matcher(text.contains(" magazine") ? text : "");
        while (magazine.find()) {
            String name = magazine.group("name");
            int space = name.indexOf(' ');
            if (NO_NAME.contains(space < 0 ? name : name.substring(0, space)) || isCatalogued(name, catalog)) {
                continue;
            }
            String titled = name + " magazine";
            found.add(new Cited(magazine.start(), OutletCandidate.unknown(Slugs.of(titled), titled, null,
                    CitationFinder.PER_CITATION, magazine.group())));
        }
        found.sort(Comparator.comparingInt(Cited::position));
        return found;
    }

    /**
     * Whether the catalog knows the name or the words it opens with (then the catalog's own citation cues have
     * judged it: "Speaking to the Daily Mail Lacerda claimed" lacks a comma, not an outlet).
     */
    private static boolean isCatalogued(String name, OutletCatalog catalog) {
        return catalog.byName(name).isPresent()
                || catalog.mentions(name).stream().anyMatch(mention -> mention.start() == 0);
    }

    /** A citation of an uncatalogued outlet at {@code position} in the text. */
    record Cited(int position, OutletCandidate candidate) {
    }
}
