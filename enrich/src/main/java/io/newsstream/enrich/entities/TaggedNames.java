package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.AnalysedText;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of the names the trained tagger finds where neither the knowledge base nor a naming rule found anything:
 * each is its own entity under the name as written, so later steps can link its surname or short form to it. A
 * tagged name that holds a mention of another kind wins over it ("Jordan Henderson" is a person, not the country).
 */
final class TaggedNames {

    private static final String OPENERS = "\"'\u201C\u2018\u00AB([\u2014\u2013-";
    private static final String ENDERS = ".!?:;\n";

    private static final String SAYS = "\\s+(?:said|says|told|added|explained|wrote|asked|replied|recalled|noted|argued)\\b";
    /** A person's verbs after a name. */
    private static final Pattern SAYS_AFTER = Pattern.compile(SAYS);
    /** A person's verbs after a name, or a possessive before a lower-case word ("Pelt's car"). */
    private static final Pattern SPEAKS_AFTER = Pattern.compile(SAYS + "|['\u2019]s\\s+\\p{Ll}");
    private static final Pattern SPEAKS_BEFORE = Pattern.compile("\\b(?:said|says|told|added|asked)\\s+$");

    /** Months and weekdays: alone they date something ("in March", "May 4"); a person named May is named in full. */
    private static final Set<String> CALENDAR_WORDS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");

    /** Words that end the name of a place or a building and seldom a person's ("Barbican Pass", "Kent Street"). */
    private static final Set<String> PLACE_HEADS = Set.of("Mountain", "Mountains", "Pass", "Glacier", "River",
            "Street", "Avenue", "Road", "Trail", "Valley", "Canyon", "Island", "Islands", "Beach", "Falls", "Square",
            "Gardens", "Hostel", "Hotel", "Airport", "Stadium", "Arena", "Plaza", "Highway");

    private final NameTagger tagger;


    TaggedNames(NameTagger tagger) {
        this.tagger = tagger;
    }

    /**
     * The tagger's names in {@code text} outside the spans of {@code known}, split by whether they are one word;
     * removes from {@code known} the mentions a tagged name of another kind holds.
     */
    Found find(AnalysedText text, List<Mention> known) {
        return found(text.text(), tagger.tagText(text), known);
    }

    /** As {@link #find}, from the tagger's {@code spans} of {@code text}. */
    Found found(String text, List<TaggedSpan> spans, List<Mention> known) {
        replaceHeldMentions(spans, known);
        MentionIndex taken = new MentionIndex(known);
        Set<String> writtenInLowerCase = null;
        List<Mention> fullNames = new ArrayList<>();
        List<Mention> singleWords = new ArrayList<>();
        for (TaggedSpan tagged : spans) {
            if (taken.overlaps(tagged.start(), tagged.end()) || !Character.isUpperCase(tagged.text().charAt(0))) {
                continue;
            }
            TaggedSpan span = tagged;
            int firstSpace = span.text().indexOf(' ');
            if (firstSpace > 0 && startsSentence(text, span.start())) {
                if (writtenInLowerCase == null) {
                    writtenInLowerCase = lowerCaseWords(text);
                }
                // An ordinary word opening the sentence is no part of the name after it ("Both Johnson and ...").
                if (writtenInLowerCase.contains(span.text().substring(0, firstSpace).toLowerCase(Locale.ROOT))) {
                    span = new TaggedSpan(span.type(), span.start() + firstSpace + 1, span.end(),
                            span.text().substring(firstSpace + 1));
                }
            }
            // Organisations are the tagger's weakest kind (span F1 0.35 held out): alone it must name one twice or
            // hold an organisation word heading the name.
            if (span.type() == EntityType.ORG && !namedTwice(text, span)
                    && OrganisationDiscovery.organisation(span.text(), span.start()) == null) {
                continue;
            }
            boolean oneWord = span.text().indexOf(' ') < 0;
            if (oneWord) {
                if (writtenInLowerCase == null) {
                    writtenInLowerCase = lowerCaseWords(text);
                }
                // A word the article also writes in lower case is an ordinary word capitalised by position
                // ("Microspheres" opening a sentence); a shouted headline word is no name either.
                if (writtenInLowerCase.contains(span.text().toLowerCase(Locale.ROOT)) || isShouted(span.text())
                        || CALENDAR_WORDS.contains(span.text())) {
                    continue;
                }
                // Any word opening a sentence is capitalised ("Estamos" opening a quote in Spanish): one word there
                // is a name only if the article also capitalises it mid-sentence.
                if (startsSentence(text, span.start()) && !capitalisedMidSentence(text, span.text())) {
                    continue;
                }
            }
            Mention mention = PersonTitles.withNamingTitle(text, new Mention(Slugs.of(span.text()), span.text(),
                    typeByNameStructure(text, span), span.text(), span.start(), span.end()));
            oneWord &= mention.surface().indexOf(' ') < 0;
            (oneWord ? singleWords : fullNames).add(mention);
        }
        surnamesAfterTitles(fullNames, singleWords, known);
        return new Found(fullNames, singleWords, writtenInLowerCase == null ? Set.of() : writtenInLowerCase);
    }

    /**
     * Moves a tagged title and surname ("Speaker Moore") to the single words when a person named in full has that
     * surname, so it links to that person rather than standing as a person of its own.
     */
    private static void surnamesAfterTitles(List<Mention> fullNames, List<Mention> singleWords, List<Mention> known) {
        for (int i = fullNames.size() - 1; i >= 0; i--) {
            Mention trimmed = PersonTitles.trim(fullNames.get(i));
            if (trimmed.surface().indexOf(' ') < 0 && trimmed != fullNames.get(i)
                    && (endsAFullName(fullNames, trimmed.surface()) || endsAFullName(known, trimmed.surface()))) {
                fullNames.remove(i);
                singleWords.add(trimmed);
            }
        }
    }

    private static boolean endsAFullName(List<Mention> mentions, String surname) {
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON && mention.surface().endsWith(" " + surname)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tagged kind, corrected where the name's last word says otherwise: a place word ends a place ("Barbican
     * Pass"); a last word that speaks alone elsewhere in the article ends a person ("Fischer said"; a possessive is
     * no evidence here: places have them too).
     */
    private EntityType typeByNameStructure(String text, TaggedSpan span) {
        if (isPlaceNotPerson(text, span)) {
            return EntityType.LOCATION;
        }
        int lastSpace = span.text().lastIndexOf(' ');
        if (span.type() == EntityType.LOCATION && lastSpace > 0 && !PLACE_HEADS.contains(span.text().substring(lastSpace + 1))
                && says(text, span.text().substring(lastSpace + 1))) {
            return EntityType.PERSON;
        }
        return span.type();
    }

    /**
     * Whether a tagged person's name ends with a place word, opens with no known given name and its last word never
     * speaks alone: the tagger reads two capitalised words as a person, the last word says place ("Barbican Pass").
     */
    private boolean isPlaceNotPerson(String text, TaggedSpan span) {
        if (span.type() != EntityType.PERSON) {
            return false;
        }
        int firstSpace = span.text().indexOf(' ');
        int lastSpace = span.text().lastIndexOf(' ');
        String last = span.text().substring(lastSpace + 1);
        return firstSpace > 0 && PLACE_HEADS.contains(last) && !tagger.isGivenName(span.text().substring(0, firstSpace))
                && !speaks(text, last);
    }

    /** Drops the known mentions that a longer tagged name of another kind holds entirely. */
    private static void replaceHeldMentions(List<TaggedSpan> spans, List<Mention> known) {
        if (known.isEmpty()) {
            return;
        }
        for (TaggedSpan span : spans) {
            List<Mention> held = new ArrayList<>();
            boolean clash = false;
            for (Mention mention : known) {
                if (mention.start() < span.end() && mention.end() > span.start()) {
                    boolean inside = mention.start() >= span.start() && mention.end() <= span.end()
                            && mention.end() - mention.start() < span.end() - span.start();
                    if (inside && (mention.type() != span.type() || isRelative(span, mention))) {
                        held.add(mention);
                    } else {
                        clash = true;
                    }
                }
            }
            if (!clash) {
                known.removeAll(held);
            }
        }
    }

    /**
     * Whether a tagged full name ends with a known person's surname yet gives another first name: a relative
     * ("Alexander Soros" beside "George Soros", "Hunter Biden"), not the person the knowledge base links the surname to.
     */
    private static boolean isRelative(TaggedSpan span, Mention surname) {
        if (span.type() != EntityType.PERSON || surname.end() != span.end() || surname.surface().indexOf(' ') >= 0) {
            return false;
        }
        String given = PersonTitles.givenName(span.text());
        return !given.equals(span.text()) && !surname.name().startsWith(given + " ")
                && !surname.name().contains(" " + given + " ");
    }

    /**
     * The one-word names left after surname linking: a given name alone ("Jason") is the person the article named in
     * full ("Jason Kelce") when only one fits; any other lone word is a person only if the tagger saw it twice and
     * the text has it speak or act once ("Pelt said", "Pelt's car"), as news names a person in full first and a
     * single capitalised word is often a place, a village or a brand. The surname of two people named in full
     * ("Scott Lassiter", "Jamie Lassiter") is one of them, which the surname linker cannot tell: no person of its own.
     */
    static List<Mention> resolveSingleWords(String text, List<Mention> singleWords, List<Mention> mentions) {
        Map<String, Mention> byGivenName = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, String> personBySurname = new HashMap<>();
        Set<String> sharedSurnames = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON && mention.surface().indexOf(' ') > 0) {
                String given = PersonTitles.givenName(mention.surface());
                Mention previous = byGivenName.putIfAbsent(given, mention);
                if (previous != null && !previous.id().equals(mention.id())) {
                    ambiguous.add(given);
                }
                String surname = mention.surface().substring(mention.surface().lastIndexOf(' ') + 1);
                String bearer = personBySurname.putIfAbsent(surname, mention.id());
                if (bearer != null && !bearer.equals(mention.id())) {
                    sharedSurnames.add(surname);
                }
            }
        }
        ambiguous.forEach(byGivenName::remove);
        Map<String, Integer> sightings = new HashMap<>();
        singleWords.forEach(word -> sightings.merge(word.surface(), 1, Integer::sum));
        Map<String, Boolean> speaking = new HashMap<>();
        List<Mention> linked = new ArrayList<>(singleWords.size());
        for (Mention word : singleWords) {
            Mention person = word.type() == EntityType.PERSON ? byGivenName.get(word.surface()) : null;
            if (person != null) {
                linked.add(new Mention(person.id(), person.name(), EntityType.PERSON, word.surface(), word.start(),
                        word.end()));
            } else if (word.type() != EntityType.PERSON || sightings.get(word.surface()) >= 2
                    && !sharedSurnames.contains(word.surface())
                    && speaking.computeIfAbsent(word.surface(), name -> speaks(text, name))) {
                linked.add(word);
            }
        }
        return linked;
    }

    /** Whether the text has {@code name} speak or act as a person somewhere ("Pelt said", "said Pelt", "Pelt's car"). */
    private static boolean speaks(String text, String name) {
        return speaks(text, name, SPEAKS_AFTER);
    }

    /** Whether the text has {@code name} speak somewhere ("Pelt said", "said Pelt"). */
    private static boolean says(String text, String name) {
        return speaks(text, name, SAYS_AFTER);
    }

    private static boolean speaks(String text, String name, Pattern after) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (at > 0 && Character.isLetter(text.charAt(at - 1))
                    || end < text.length() && Character.isLetter(text.charAt(end))) {
                continue;
            }
            if (after.matcher(text).region(end, Math.min(text.length(), end + 14)).lookingAt()
                    || SPEAKS_BEFORE.matcher(text).region(Math.max(0, at - 8), at).find()) {
                return true;
            }
        }
        return false;
    }

    /** Every word the text writes starting in lower case. */
    static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int codePoint = text.codePointAt(i);
            if (!isWordPart(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(codePoint);
            } while (i < n && isWordPart(codePoint = text.codePointAt(i)));
            if (Character.isLowerCase(text.charAt(start))) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    /** A letter or a number of any kind: the {@code [\p{L}\p{N}]} of a word, tested without a regular expression. */
    private static boolean isWordPart(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean namedTwice(String text, TaggedSpan span) {
        return text.indexOf(span.text(), span.end()) >= 0 || text.lastIndexOf(span.text(), span.start() - 1) >= 0;
    }

    static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ENDERS.indexOf(text.charAt(i)) >= 0;
    }

    static boolean capitalisedMidSentence(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (at + word.length() == text.length() || !Character.isLetterOrDigit(text.charAt(at + word.length())));
            if (whole && !startsSentence(text, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShouted(String word) {
        return word.length() > 3 && word.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * The tagger's names of several words, and those of one word: a single word is often the surname or short form
     * of a name the article gave in full, which the linkers resolve first; with the words the text writes in lower
     * case (read once, when there is a single word to check).
     */
    record Found(List<Mention> fullNames, List<Mention> singleWords, Set<String> lowerCaseWords) {
    }
}
