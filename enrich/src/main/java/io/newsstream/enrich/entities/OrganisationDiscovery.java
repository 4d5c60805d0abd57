package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisations the knowledge base does not know from an organisation word in a capitalised name:
 * "the Council for Maritime Safety", "Ministry of Defence", "Harbour Pilots Association".
 */
final class OrganisationDiscovery {

    private static final Pattern SPACES = Pattern.compile("\\h+");
    private static final Pattern WORD_IN_RUN = Pattern.compile("\\S+");

    /** Words that make a capitalised name an organisation (company words last: "Malaysia Airlines", "TD Economics"). */
    private static final Set<String> ORG_WORDS = Set.of(
            "Council", "Ministry", "Institute", "Institution", "Agency", "Authority", "Committee", "Commission",
            "University", "Association", "Federation", "Bank", "Party", "Union", "Foundation", "Corporation", "Group",
            "Office", "Network", "Center", "Centre", "Command", "Guard", "Bureau", "Department", "Society", "Alliance",
            "Railway", "Partners", "Hospital", "Front", "Operator", "Board", "Court", "Service", "Programme", "Program",
            "Initiative", "Legislature", "Assembly", "Caucus", "Academy", "College", "School", "Army", "Forces",
            "Company", "Club", "League", "Directorate", "Municipality", "Fund", "Coalition", "Organization",
            "Organisation", "Laboratory", "Lab", "Police", "Treasury", "Senate", "Parliament", "Government", "Trust",
            "Church", "Secretariat", "Airlines", "Records", "Consulting", "Holdings", "Industries", "Technologies",
            "Systems", "Motors", "Pharmaceuticals", "Studios", "Productions", "Enterprises", "Ventures", "Investments",
            "Economics");

    /** Legislatures, which news names by the bare capitalised word ("In Parliament yesterday"); "the Senate" and "the
     *  House" are left to {@link ShortFormLinker}, which reads them as the US chambers in US copy. */
    private static final Set<String> LEGISLATURES = Set.of("Parliament", "Legislature", "Congress");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "&");

    private static final Set<String> LEGAL_SUFFIXES = Set.of("Co", "Ltd", "Inc", "Plc", "PLC", "LLC", "LLP", "Corp",
            "Limited");

    /** Capitalised words that open a sentence or a date rather than a name. */
    private static final Set<String> LEADING_NON_NAME = Set.of(
            "The", "A", "An", "In", "On", "At", "By", "For", "From", "But", "And", "As", "Of", "To", "With", "Its",
            "His", "Her", "Their", "Our", "This", "That", "After", "Before", "When", "While", "Despite", "Figures",
            "Amid", "My");

    private static final String WORD = "\\p{Lu}\\p{L}*(?:&\\p{Lu}\\p{L}*)?(?:-\\p{Lu}?\\p{L}+)?(?:'s|’s)?";
    /** Up to eleven capitalised words on one line, joined by spaces or by "of", "for", "on", "and", "&"; bounded so
     *  a megabyte of capitals cannot overflow the regex engine's stack. */
    private static final Pattern NAME = Pattern.compile(
            "(?=\\p{Lu})(?<![\\p{L}\\p{N}])" + WORD + "(?:\\h+(?:(?:of|for|on|and|&)\\h+)?" + WORD + "){0,10}(?![\\p{L}\\p{N}])");

    /**
     * Discovered organisations. A name that partly overlaps a {@code known} mention is skipped; known mentions lying
     * strictly inside a discovered name as part of it ("Kenya" in "Law Society of Kenya") are returned in {@code swallowed}.
     */
    List<Mention> find(String text, List<Mention> known, List<Mention> swallowed) {
        List<Mention> found = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        List<Mention> candidates = new ArrayList<>();
        while (matcher.find()) {
            for (int[] piece : pieces(matcher.group(), matcher.start())) {
                Mention org = organisation(text.substring(piece[0], piece[1]), piece[0]);
                if (org != null) {
                    candidates.add(org);
                }
            }
        }
        for (Mention org : candidates) {
            // A place is read as part of an organisation's name; so is an organisation that does not open it
            // ("Franklin County Democratic Party", "Department of Foreign Affairs") unless "and" joins a list
            // ("NATO and European Union"); a person inside marks a list.
            List<Mention> inside = NameParts.of(org, known, mention -> mention.type() == EntityType.LOCATION
                    || mention.type() == EntityType.ORG && mention.start() > org.start() && !isList(org.surface()));
            if (inside != null) {
                found.add(org);
                swallowed.addAll(inside);
            }
        }
        return found;
    }

    /**
     * The parts of a capitalised run that may each be a name, as [start, end) offsets: a possessive ends the name
     * before it ("China's Ministry of Public Security", "Bank of Montreal's"), a "-based" word is no part of either
     * ("London-based Energy Institute"), and "and" splits a list when the names on both sides hold an organisation
     * word of their own ("Mashreq University and Sudan University of Science and Technology"; not "Department of
     * International Relations and Cooperation").
     */
    static List<int[]> pieces(String run, int offset) {
        if (run.indexOf('s', 1) < 0 || !run.contains("'s") && !run.contains("\u2019s") && !run.contains("-based")
                && !run.contains(" and ")) {
            return List.of(new int[] {offset, offset + run.length()});
        }
        List<int[]> pieces = new ArrayList<>();
        Matcher word = WORD_IN_RUN.matcher(run);
        int pieceStart = 0;
        int pieceEnd = -1;
        boolean pieceHasOrgWord = false;
        while (word.find()) {
            String w = word.group();
            if (w.equals("and") && pieceHasOrgWord && hasOrgWord(run.substring(word.end()))) {
                pieces.add(new int[] {offset + pieceStart, offset + pieceEnd});
                pieceStart = -1;
                pieceHasOrgWord = false;
                continue;
            }
            if (pieceStart < 0) {
                pieceStart = word.start();
            }
            if (w.endsWith("-based")) {
                if (pieceEnd > pieceStart) {
                    pieces.add(new int[] {offset + pieceStart, offset + pieceEnd});
                }
                pieceStart = -1;
                pieceHasOrgWord = false;
                continue;
            }
            boolean possessive = w.endsWith("'s") || w.endsWith("’s");
            pieceEnd = possessive ? word.end() - 2 : word.end();
            pieceHasOrgWord |= ORG_WORDS.contains(possessive ? w.substring(0, w.length() - 2) : w);
            if (possessive) {
                pieces.add(new int[] {offset + pieceStart, offset + pieceEnd});
                pieceStart = -1;
                pieceHasOrgWord = false;
            }
        }
        if (pieceStart >= 0 && pieceEnd > pieceStart) {
            pieces.add(new int[] {offset + pieceStart, offset + pieceEnd});
        }
        return pieces;
    }

    /** Whether a capitalised word opens a sentence or a date rather than a name ("The", "After"). */
    static boolean isLeadingNonName(String word) {
        return LEADING_NON_NAME.contains(word);
    }

    /** Whether any of the space-separated {@code words} is an organisation word ("Institute", "Party"). */
    static boolean hasOrgWord(String words) {
        for (String w : SPACES.split(words.strip())) {
            if (ORG_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isList(String name) {
        return name.contains(" and ") || name.contains(" & ");
    }

    /** The organisation in a capitalised run, without leading sentence words, or null when it is none. */
    static Mention organisation(String run, int offset) {
        String[] words = SPACES.split(run);
        int first = 0;
        while (first < words.length && LEADING_NON_NAME.contains(words[first])) {
            first++;
        }
        int last = words.length;
        // A legal suffix is not part of the name readers use ("Harbour Railway Co." is "Harbour Railway").
        while (last > first && LEGAL_SUFFIXES.contains(words[last - 1])) {
            last--;
        }
        int count = last - first;
        if (count == 1 && last == words.length && LEGISLATURES.contains(words[first])) {
            return mention(run, offset, words, first, last);
        }
        if (count < 2 && !(count == 1 && last < words.length)) {
            return null;
        }
        // The organisation word heads the name: it ends it or a connector follows ("Court of Appeal"); inside a
        // title-case headline it does not ("Supreme Court Immunity Case", "Programme Officer").
        int head = -1;
        for (int i = first; i < last && head < 0; i++) {
            head = ORG_WORDS.contains(words[i]) && (i == last - 1 || CONNECTORS.contains(words[i + 1])) ? i : -1;
        }
        boolean hasOrgWord = head >= 0;
        // Words before an "of" that hold no organisation word name someone of the organisation after it ("Jane Doe
        // of Velmark State University", "Director of Velmark Institute").
        int of = -1;
        for (int i = first + 1; i < head; i++) {
            if (words[i].equals("of")) {
                of = of < 0 ? i : Integer.MAX_VALUE;
            }
        }
        if (of > 0 && of < head && (head - of > 1 || last - head > 1)) {
            first = of + 1;
        }
        if (!hasOrgWord && last < words.length) {
            // A legal suffix makes a company of a plain name ("Dollar General Corp.", "Dye & Durham Ltd."), the words
            // after any "of" ("Shares of Dollar General Corp.", "David Watt of Rosenberg Research Inc.").
            for (int i = first; i < last; i++) {
                if (CONNECTORS.contains(words[i]) && !words[i].equals("&") && !words[i].equals("and")) {
                    first = i + 1;
                }
            }
            hasOrgWord = first < last;
        }
        return hasOrgWord ? mention(run, offset, words, first, last) : null;
    }

    private static Mention mention(String run, int offset, String[] words, int first, int last) {
        int start = offset + run.indexOf(words[first], leadingLength(words, first));
        int end = offset + run.lastIndexOf(words[last - 1]) + words[last - 1].length();
        String surface = text(run, offset, start, end);
        return new Mention(Slugs.of(surface), surface, EntityType.ORG, surface, start, end);
    }

    private static String text(String run, int offset, int start, int end) {
        return run.substring(start - offset, end - offset);
    }

    private static int leadingLength(String[] words, int first) {
        int length = 0;
        for (int i = 0; i < first; i++) {
            length += words[i].length();
        }
        return length;
    }
}
