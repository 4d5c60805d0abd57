package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations an article defines by their initials: "Immigration, Refugees and Citizenship Canada (IRCC)",
 * "Teamsters for a Democratic Union (TDU)". The capitalised words whose initials spell the acronym in brackets name an
 * organisation, whatever words it is made of, and the acronym alone elsewhere in the article names the same one
 * (the article's own definition wins over a knowledge-base entry with the same letters).
 */
final class AcronymDefinitions {

    /**
     * An acronym in brackets right after a name: two to ten capitals, with dots or an ampersand allowed, or one some
     * style guides write in title case ("South African Revenue Service (Sars)").
     */
    private static final Pattern DEFINED =
            Pattern.compile("(?<=[\\p{L}\\p{N}.]) \\((\\p{Lu}(?:[\\p{Lu}.&]{1,9}|\\p{Ll}{2,7}))\\)");
    /** Small words a long form may hold without a letter in the acronym. */
    private static final Set<String> JOINING_WORDS = Set.of("of", "for", "and", "the", "on", "in", "a", "&", "de",
            "du", "des", "la", "to");

    /** Roles that are no person titles before a name but head a defined post ("King's Counsel (KC)"). */
    private static final Set<String> ROLES = Set.of("counsel", "administrator", "executive", "adviser", "advisor",
            "member", "officer");

    /** Last words of defined things that are no bodies: laws, agreements, measures ("Affordable Care Act (ACA)"). */
    private static final Set<String> NOT_BODIES = Set.of("act", "bill", "law", "treaty", "agreement", "accord",
            "index", "rate", "product", "intelligence", "goals");

    private AcronymDefinitions() {
    }

    /**
     * Whether the long form names a post or a thing rather than a body: its last word is a role ("Chief Executive
     * Officer", "District Administrator") or a law or measure ("Gross Domestic Product"), or a role opens it before
     * "of" ("Member of Parliament").
     */
    static boolean isNoBody(String longForm) {
        String[] words = longForm.toLowerCase(Locale.ROOT).split("[ ,]+");
        String last = words[words.length - 1];
        return isRoleWord(last) || NOT_BODIES.contains(last)
                || words.length > 1 && words[1].equals("of") && isRoleWord(words[0]);
    }

    private static boolean isRoleWord(String word) {
        return ROLES.contains(word) || PersonTitles.isTitle(word);
    }

    /**
     * The organisations defined in {@code text} and every stand-alone use of their acronyms. A long form that
     * partly overlaps a {@code known} mention, or holds a person, is skipped; places and organisations inside it
     * ("Canada" in "Public Services and Procurement Canada") are returned in {@code swallowed}, and known mentions
     * written as the acronym are returned in {@code swallowed} and named again as the defined organisation.
     */
    static List<Mention> find(String text, List<Mention> known, List<Mention> swallowed) {
        Matcher defined = DEFINED.matcher(text);
        List<Mention> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (defined.find()) {
            String acronym = defined.group(1);
            String letters = acronym.replace(".", "").replace("&", "").toUpperCase(Locale.ROOT);
            if (letters.length() < 2 || seen.contains(acronym)) {
                continue;
            }
            int start = longFormStart(text, defined.start(), letters);
            // "the People's Liberation Army's (PLA) command": the possessive is no part of the name.
            int end = text.startsWith("'s", defined.start() - 2) || text.startsWith("\u2019s", defined.start() - 2)
                    ? defined.start() - 2 : defined.start();
            if (start < 0 || start >= end || isNoBody(text.substring(start, end))) {
                continue;
            }
            Mention longForm = organisation(text, start, end, known, swallowed);
            if (longForm != null) {
                seen.add(acronym);
                if (!known.contains(longForm)) {
                    found.add(longForm);
                }
                found.addAll(uses(text, acronym, longForm, known, swallowed));
            }
        }
        return found;
    }

    /**
     * Where the words ending at {@code end} start, when their capitalised initials, read backwards, spell
     * {@code letters} (joining words and commas between them are allowed); -1 when they do not.
     */
    static int longFormStart(String text, int end, String letters) {
        int letter = letters.length() - 1;
        int position = end;
        int start = -1;
        while (letter >= 0) {
            int wordEnd = position;
            while (wordEnd > 0 && (text.charAt(wordEnd - 1) == ' ' || text.charAt(wordEnd - 1) == ',')) {
                wordEnd--;
            }
            if (wordEnd == 0) {
                return -1;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, wordEnd);
            if (word.isEmpty()) {
                return -1;
            }
            char initial = word.charAt(0);
            if (Character.isUpperCase(initial) && initial == letters.charAt(letter)) {
                letter--;
                start = wordStart;
            } else if (!JOINING_WORDS.contains(word)) {
                return -1;
            }
            position = wordStart;
        }
        return start;
    }

    /**
     * The long form as an organisation mention (the known one when it is already named as an organisation), or null
     * when a known mention decides otherwise.
     */
    private static Mention organisation(String text, int start, int end, List<Mention> known,
                                        List<Mention> swallowed) {
        List<Mention> inside = new ArrayList<>();
        for (Mention mention : known) {
            if (mention.end() <= start || mention.start() >= end) {
                continue;
            }
            if (mention.start() <= start && mention.end() >= end) {
                return mention.type() == EntityType.ORG ? mention : null;
            }
            boolean strictlyInside = mention.start() >= start && mention.end() <= end;
            if (!strictlyInside || mention.type() == EntityType.PERSON) {
                return null;
            }
            inside.add(mention);
        }
        swallowed.addAll(inside);
        String name = text.substring(start, end);
        return new Mention(Slugs.of(name), name, EntityType.ORG, name, start, end);
    }

    /** The acronym's other whole-word uses, named as the long form's organisation. */
    private static List<Mention> uses(String text, String acronym, Mention longForm, List<Mention> known,
                                      List<Mention> swallowed) {
        List<Mention> uses = new ArrayList<>();
        for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length())) {
            int end = at + acronym.length();
            boolean wholeWord = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (!wholeWord || overlapsOtherwise(known, at, end)) {
                continue;
            }
            for (Mention mention : known) {
                if (mention.start() == at && mention.end() == end) {
                    swallowed.add(mention);
                }
            }
            uses.add(new Mention(longForm.id(), longForm.name(), EntityType.ORG, acronym, at, end));
        }
        return uses;
    }

    /** Whether a known mention overlaps {@code [start, end)} without being exactly it ("IRCC" inside a longer name). */
    private static boolean overlapsOtherwise(List<Mention> known, int start, int end) {
        for (Mention mention : known) {
            if (mention.start() < end && start < mention.end() && (mention.start() != start || mention.end() != end)) {
                return true;
            }
        }
        return false;
    }
}
