package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people the knowledge base does not know, from a title in front of their name:
 * "Foreign Minister Jane Doe" names a person called Jane Doe.
 */
final class PersonDiscovery {

    /** Titles that precede a person's name in news style; longer ones first so "Prime Minister" beats "Minister". */
    private static final List<String> TITLE_CUES = List.of(
            "Deputy Prime Minister", "Prime Minister", "Vice President", "President",
            "Foreign Minister", "Defence Minister", "Defense Minister", "Minister",
            "Secretary of State", "Secretary of Defense", "Secretary-General", "Secretary General",
            "Defense Secretary", "Foreign Secretary", "Secretary",
            "Lt. Gen.", "Gen.", "General", "Senator", "Sen.", "Chancellor",
            "Deputy Mayor", "Mayor", "Governor", "Premier", "Ambassador", "Commissioner", "Judge", "Professor", "Prof.",
            "Dr.", "Sgt.", "Rep.", "Commodore", "Colonel", "Captain", "Inspector General of Police",
            "spokesperson", "spokesman", "spokeswoman", "captain", "coach", "chairman", "chairwoman", "leader",
            "president", "minister", "director", "writer", "referee", "nurse", "billionaire", "backbencher");

    /** Capitalised words that follow a title without being a name ("President On Monday", "Minister General"). */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "The", "A", "An", "And", "Of", "On", "In", "At", "For", "With", "By", "To", "From", "But", "As", "Or",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "General", "Minister", "Secretary", "President", "Chancellor", "Senator", "Office", "Ministry",
            "Executive", "Officer", "Mayor", "Governor", "Commissioner", "Ambassador", "Council", "City", "State");

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String NAME_WORD = "\\p{Lu}\\p{L}+(?:-\\p{Lu}?\\p{L}+)?";
    private static final String INITIAL = "\\p{Lu}\\.";
    private static final Pattern CUED_NAME = Pattern.compile(
            "(?=[" + firstLetters(TITLE_CUES) + "])(?<![\\p{L}])(?:"
                    + String.join("|", TITLE_CUES.stream().map(Pattern::quote).toList()) + ")\\s+"
                    + "(?<name>" + NAME_WORD + "(?:\\s+(?:" + INITIAL + "|" + NAME_WORD + ")){1,2})(?![\\p{L}])");

    /** The letters the cues start with: a look-ahead on them fails fast where no cue starts. */
    private static String firstLetters(Collection<String> cues) {
        StringBuilder letters = new StringBuilder();
        cues.stream().map(cue -> cue.charAt(0)).distinct().forEach(letters::append);
        return letters.toString();
    }

    /** Discovered people, skipping any name span that overlaps {@code known} mentions. */
    List<Mention> find(String text, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        MentionIndex taken = new MentionIndex(known);
        Matcher matcher = CUED_NAME.matcher(text);
        while (matcher.find()) {
            int start = matcher.start("name");
            String name = nameWords(matcher.group("name"));
            int end = start + name.length();
            if (name.contains(" ") && !taken.overlaps(start, end)) {
                found.add(new Mention(Slugs.of(name), name, EntityType.PERSON, name, start, end));
            }
        }
        return found;
    }

    /** The leading words of a candidate up to the first word that cannot be part of a name. */
    private static String nameWords(String candidate) {
        Matcher word = WORD.matcher(candidate);
        int cut = 0;
        while (word.find() && !NOT_NAME_WORDS.contains(word.group())) {
            cut = word.end();
        }
        return candidate.substring(0, cut);
    }
}
