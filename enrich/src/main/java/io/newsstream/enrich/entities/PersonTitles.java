package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.Locale;
import java.util.Set;

/**
 * Titles and roles written before a person's name ("Mr", "Adv", "President", "coach"): a cue for the tagger, and
 * words to trim from the front of a found name, so "Chief Hlajoane" and "Dr Atilla Kisla" name the person alone.
 */
final class PersonTitles {

    /** Lower case, without a final dot; a hyphenated title counts by its last part ("Major-Gen"). */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "minister", "premier",
            "chancellor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
            "mayor", "judge", "justice", "general", "gen", "lt", "col", "capt", "sgt", "secretary", "ambassador",
            "king", "queen", "prince", "princess", "pope", "saint", "professor", "prof", "rev", "bishop", "coach",
            "spokesman", "spokeswoman", "spokesperson", "ceo", "chairman", "chairwoman", "director", "lawyer",
            "attorney", "leader", "star", "actor", "actress", "singer", "author", "founder", "chief", "officer",
            "commissioner", "captain", "striker", "manager", "economist", "analyst", "candidate", "nominee",
            "adv", "advocate", "datuk", "dato", "mec", "speaker", "treasurer", "archbishop", "cardinal", "rabbi", "imam",
            "councillor", "councilor", "sheriff", "detective", "inspector", "constable", "magistrate");

    /** Titles that are part of how the person is named ("Prince Andrew", "Pope Francis"), so never trimmed. */
    private static final Set<String> PART_OF_NAME = Set.of(
            "king", "queen", "prince", "princess", "pope", "saint", "lord", "lady");

    private PersonTitles() {
    }

    static boolean isTitle(String lowerCaseWord) {
        int hyphen = lowerCaseWord.lastIndexOf('-');
        return TITLES.contains(hyphen > 0 ? lowerCaseWord.substring(hyphen + 1) : lowerCaseWord);
    }

    /**
     * The mention without the titles in front of a person's name; a discovered person (id made from the name) gets
     * the id and name of what is left, a known one keeps its own. Other mentions and bare titles stay as they are.
     */
    static Mention trim(Mention mention) {
        if (mention.type() != EntityType.PERSON) {
            return mention;
        }
        String surface = mention.surface();
        int cut = 0;
        while (true) {
            int space = surface.indexOf(' ', cut);
            if (space < 0) {
                break;
            }
            String word = surface.substring(cut, space).toLowerCase(Locale.ROOT);
            word = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!isTitle(word) || PART_OF_NAME.contains(word)) {
                break;
            }
            cut = space + 1;
        }
        if (cut == 0) {
            return mention;
        }
        String name = surface.substring(cut);
        boolean discovered = mention.id().equals(Slugs.of(mention.name()));
        return new Mention(discovered ? Slugs.of(name) : mention.id(), discovered ? name : mention.name(),
                EntityType.PERSON, name, mention.start() + cut, mention.end());
    }

    /**
     * The person mention with the naming title written right before it ("King" before "Charles"): such a title is
     * how the person is named, and the name alone is often another person's given name.
     */
    static Mention withNamingTitle(String text, Mention mention) {
        if (mention.type() != EntityType.PERSON || mention.start() < 2 || text.charAt(mention.start() - 1) != ' ') {
            return mention;
        }
        int start = mention.start() - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String title = text.substring(start, mention.start() - 1);
        if (title.isEmpty() || !Character.isUpperCase(title.charAt(0))
                || !PART_OF_NAME.contains(title.toLowerCase(Locale.ROOT))) {
            return mention;
        }
        boolean discovered = mention.id().equals(Slugs.of(mention.name()));
        String name = title + " " + mention.name();
        return new Mention(discovered ? Slugs.of(name) : mention.id(), discovered ? name : mention.name(),
                EntityType.PERSON, text.substring(start, mention.end()), start, mention.end());
    }

    /** The given name of a person named in full, after any naming title ("Charles" in "King Charles III"). */
    static String givenName(String fullName) {
        int space = fullName.indexOf(' ');
        if (space > 0 && PART_OF_NAME.contains(fullName.substring(0, space).toLowerCase(Locale.ROOT))) {
            int next = fullName.indexOf(' ', space + 1);
            return next > 0 ? fullName.substring(space + 1, next) : fullName.substring(space + 1);
        }
        return space > 0 ? fullName.substring(0, space) : fullName;
    }
}
