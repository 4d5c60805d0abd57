package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.AhoCorasick;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Organisations the article says are organisations, whatever their name holds: a capitalised name in apposition with
 * a kind of organisation ("SINTEF, a research organization in Norway", "Color of Change, a civil rights organization")
 * or right after one ("the human rights organization Safeguard Defenders", "an organization called MEER"), or the
 * workplace of someone's role ("a researcher at Greenpeace East Asia"). The article means the same organisation
 * wherever else it writes the name.
 */
final class DescribedOrganisations {

    /** Nouns naming a kind of organisation, lower case as written in running text; none a person's role too ("Lara,
     *  a former producer for"). */
    private static final List<String> KINDS = List.of("organization", "organisation", "company", "group", "firm",
            "charity", "coalition", "fund", "nonprofit", "non-profit", "agency", "foundation", "institute", "startup",
            "start-up", "network", "union", "party", "university", "college", "bank", "club", "band", "brand", "label",
            "retailer", "manufacturer", "lender", "insurer", "airline", "consultancy", "think tank", "watchdog",
            "regulator", "movement", "initiative", "association", "alliance", "society", "business", "corporation",
            "conglomerate", "chain", "collective", "cooperative", "co-op", "federation", "consortium", "institution",
            "subsidiary", "NGO");
    private static final String KIND = alternatives(KINDS);
    /** Roles that head an organisation, before "at", "of" or "with" ("vice president of PMG"). */
    private static final List<String> HEADS = List.of("director", "president", "chair", "chairman", "chairwoman",
            "founder", "co-founder", "head", "manager", "owner", "spokesperson", "spokesman", "spokeswoman", "trustee");
    /** Roles in an organisation, before "at" or "with" only: a place or a subject follows "of" ("professor of
     *  History", "member of Montana"). */
    private static final List<String> STAFF = List.of("researcher", "scientist", "economist", "analyst", "ecologist",
            "professor", "lecturer", "fellow", "partner", "coordinator", "officer", "strategist", "engineer",
            "journalist", "correspondent", "employee", "volunteer", "organizer", "organiser", "advisor", "adviser",
            "consultant", "lead", "executive");
    /** A capitalised word of a name; no apostrophe, so a possessive ends the name, and dots only inside ("U.N"), so a
     *  sentence's full stop ends it. */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&/-]|\\.(?=\\p{L}))*";
    /** Capitalised words joined by spaces or by connectors; a number may follow ("Local 90"). */
    private static final String NAME = WORD + "(?:\\h+(?:(?:of|for|on|and|&|do|de|da|to)\\h+)?" + WORD + "){0,6}"
            + "(?:\\h+\\p{N}+(?![\\p{L}\\p{N}]|[.,]\\p{N}))?";
    /**
     * "Name, a [up to six modifiers] kind", the kind heading the phrase: punctuation or a word that cannot continue a
     * noun follows it, so "Jane Doe, a company director" is no company.
     */
    private static final Pattern NAME_THEN_KIND = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<name>" + NAME + "),\\h+an?\\h+"
                    + "(?:(?!(?:of|for|with|who|at)\\h)[\\p{L}\\p{N}'’-]+\\h+){0,6}?" + KIND
                    + "(?=[,.;:)]|\\h+(?:in|based|that|which|whose|founded|owned|run|operated|from|known|and"
                    + "|with|set|created|launched|headquartered|on|to|for|of|at|where)\\b|\\s*$)");
    /**
     * "modifier kind [called] Name": the kind after a modifier, not an article, so "a company Smith founded" is not
     * read as naming one.
     */
    private static final Pattern KIND_THEN_NAME = Pattern.compile(
            // Looked behind, so a match starts at the kind itself (see CUE_BEFORE_NAME).
            "(?<=[\\p{L}\\p{N}-]\\h)(?<!(?:^|[^\\p{L}\\p{N}-])(?:a|an|the|A|An|The)\\h)(?<![\\p{L}\\p{N}])" + KIND
                    + "\\h+(?:(?:called|named)\\h+)?(?<name>" + NAME + ")(?![\\p{L}\\p{N}])");
    private static final Pattern CALLED_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + KIND + "\\h+(?:called|named)\\h+(?<name>" + NAME + ")(?![\\p{L}\\p{N}])");
    /**
     * "a researcher at Name", "vice president of Name": a role, in lower case (a capitalised "Secretary of State" is a
     * title before a name), places the person in an organisation. Roles a place or a subject also follows ("member of
     * Montana", "professor of History") take no "of".
     */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives(HEADS) + "\\h+(?:at|of|with)|" + alternatives(STAFF)
                    + "s?\\h+(?:at|with))"
                    + "\\h+(?:the\\h+)?(?<name>" + NAME + ")(?![\\p{L}\\p{N}])"
                    // Then punctuation or a word no noun is, so the name is not a modifier ("at the Velmark range",
                    // "an analyst at Danish bank X").
                    + "(?=\\s*[,.;:()]|\\s*$|\\h+(?:in|and|said|says|who|which|since|for|until|where|when|to|on|from|as"
                    + "|has|had|is|was|will|told)\\b)");
    private static final Pattern SPACES = Pattern.compile("\\h+");
    /** Kinds, roles and "called"/"named", each true when it is a kind of organisation. */
    private static final CueWindows<Boolean> CUES = new CueWindows<>(cueWords());

    private DescribedOrganisations() {
    }

    /**
     * Every mention of an organisation {@code text} describes as one. Names that partly overlap a known mention are
     * left alone; known mentions lying inside one are returned in {@code swallowed} (the description says what the
     * name is).
     */
    static List<Mention> find(String text, List<Mention> known, List<Mention> swallowed) {
        Set<String> names = new LinkedHashSet<>();
        Consumer<Matcher> collect = matcher -> {
            String name = endsInAbbreviation(text, matcher.group("name"), matcher.end("name")) ? null
                    : named(matcher.group("name"));
            if (name != null) {
                names.add(name);
            }
        };
        List<AhoCorasick.Match<Boolean>> cues = CUES.find(text);
        // A name in apposition lies within a sentence or so before its kind; a name after its cue starts at the cue.
        CueWindows.forEachMatch(text, cues, isKind -> isKind, 260, 10, List.of(NAME_THEN_KIND), collect);
        CueWindows.forEachMatch(text, cues, isKind -> true, 0, 160, List.of(KIND_THEN_NAME, CALLED_NAME,
                ROLE_THEN_NAME), collect);
        if (names.isEmpty()) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        // Longer names first, so "Centre for Research on Energy and Clean Air" is not cut into "Clean Air".
        List<Mention> taken = new ArrayList<>(known);
        for (String name : names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            // The knowledge base's person or place of that name is what it means ("the political party Merkel leads").
            if (known.stream().anyMatch(mention -> mention.type() != EntityType.ORG
                    && mention.surface().equals(name))) {
                continue;
            }
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!isWholeWord(text, at, at + name.length())) {
                    continue;
                }
                Mention org = new Mention(Slugs.of(name), name, EntityType.ORG, name, at, at + name.length());
                // Whatever the name holds is part of it ("Greenpeace" in "Greenpeace East Asia").
                List<Mention> inside = NameParts.of(org, taken, mention -> true);
                if (inside != null) {
                    found.add(org);
                    taken.add(org);
                    swallowed.addAll(inside);
                }
            }
        }
        return found;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** A regex alternation of {@code words}, a space matching any run of spaces ("think tank"). */
    private static String alternatives(List<String> words) {
        return words.stream().map(word -> word.replace(" ", "\\h+")).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The words a pattern needs one of: kinds (true), "called" and "named", and roles with their plurals. */
    private static Map<String, Boolean> cueWords() {
        Map<String, Boolean> words = new HashMap<>();
        KINDS.forEach(kind -> words.put(kind, true));
        List.of("called", "named").forEach(word -> words.put(word, false));
        HEADS.forEach(role -> words.put(role, false));
        STAFF.forEach(role -> words.putAll(Map.of(role, false, role + "s", false)));
        return words;
    }

    /** Whether the name stops at an abbreviation's dot ("St. Louis", "George W. Bush", "U.K."): it was cut short. */
    private static boolean endsInAbbreviation(String text, String name, int end) {
        if (end >= text.length() || text.charAt(end) != '.') {
            return false;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return Character.isLetter(last.codePointAt(0)) && (last.length() <= 2 || last.indexOf('.') >= 0);
    }

    /**
     * The organisation's name in a matched run, or null: sentence words in front are dropped ("The"), a person before
     * "of" is cut ("Peter McNally of Third Bridge"; one word before it is part of the name: "Color of Change"), and a
     * date or a title is no name.
     */
    private static String named(String run) {
        String[] words = SPACES.split(run);
        int first = 0;
        while (first < words.length && OrganisationDiscovery.isLeadingNonName(words[first])) {
            first++;
        }
        for (int i = words.length - 2; i > first + 1; i--) {
            if (words[i].equals("of")) {
                first = i + 1;
                break;
            }
        }
        // "and" joins a list ("TBS and Bee, a ...") unless it lies after an "of", "for" or "on" inside one name
        // ("Centre for Research on Energy and Clean Air").
        boolean joined = false;
        for (int i = first; i < words.length; i++) {
            joined |= words[i].equals("of") || words[i].equals("for") || words[i].equals("on");
            if (words[i].equals("and") && !joined) {
                first = i + 1;
            }
        }
        if (first >= words.length) {
            return null;
        }
        String opening = words[first];
        if (!Character.isUpperCase(opening.codePointAt(0)) || CalendarWords.contains(opening)
                || PersonTitles.isTitle(opening.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String name = String.join(" ", List.of(words).subList(first, words.length));
        return name.length() < 2 ? null : name;
    }
}
