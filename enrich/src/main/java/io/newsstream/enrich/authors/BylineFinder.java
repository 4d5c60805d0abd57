package io.newsstream.enrich.authors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who wrote an article from its bylines and credit lines: "By Jane Doe", "By: Jane Doe - Reporter", "By Jane Doe
 * and John Roe, Outlet", "Jane Doe for Outlet", "Jane Doe · Outlet · Posted ...", "Jane Doe in Madrid", "Author: Jane
 * Doe", a line that is only a name under the headline or at the end, "Reporting by Jane Doe and John Roe; Editing by
 * ..." (editors are not authors) and "Outlet writer Jane Doe contributed to this report".
 */
public final class BylineFinder {

    /** Bylines sit in the first lines of the body or in its last ones. */
    private static final int TOP_PARAGRAPHS = 4;
    private static final int BOTTOM_PARAGRAPHS = 6;
    private static final int MAX_BYLINE_CHARS = 160;

    private static final String PARTICLE = "(?:van|von|de|del|della|da|das|dos|du|der|den|di|bin|al|el|la|le|ter|ten)";
    private static final String WORD = "\\p{Lu}[\\p{Ll}'’-]*(?:-\\p{Lu}[\\p{Ll}'’-]*)?\\.?";
    /** Two to four name words, with lower-case particles between them ("Pieter van Loon", "Rubén del Campo"). */
    private static final String NAME = WORD + "(?: (?:" + PARTICLE + " )*" + WORD + "){1,3}";
    /** Names joined by "and" or "&"; a comma after a name opens the outlet ("By Jane Doe, Outlet"), not another name. */
    private static final String NAMES = "(?<names>" + NAME + "(?:(?:\\s+and\\s+|\\s*&\\s*)" + NAME + ")*)";
    private static final Pattern ONE_NAME = Pattern.compile(NAME);
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,&]+");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

    /** Line shapes, each matched from the start of a line; what follows the names is not read. */
    private static final List<Pattern> BYLINES = List.of(
            Pattern.compile("(?i:by)\\s*:?\\s+" + NAMES + "(?=$|\\s*[,·|•–—-]|\\s{2,}|\\s+(?:for|in|at)\\s|\\s*\\()"),
            Pattern.compile("(?i:author|written\\s+by|words\\s+by)\\s*:\\s*" + NAMES + "(?=$|\\s*[,·|•–—-])"),
            Pattern.compile(NAMES + "(?=\\s+for\\s+(?:[Tt]he\\s+)?\\p{Lu})"),
            Pattern.compile(NAMES + "(?=\\s*[·|•]\\s*\\p{Lu})"),
            Pattern.compile(NAMES + "(?=\\s+in\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\.?$)"),
            Pattern.compile(NAMES + "(?=\\.?$)"));
    private static final Pattern REPORTING_BY = Pattern.compile(
            "(?i:(?:additional\\s+)?reporting\\s+by|writing\\s+by|compiled\\s+by)\\s+" + NAMES);
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?:writers?|correspondents?|reporters?|'s|’s)\\s+" + NAMES + "(?:\\s+in\\s+\\p{Lu}[\\p{L} ]{0,30})?\\s+contributed\\s+to\\s+this");
    /** Capitalised words that show a run is a heading, a label or a headline, not a person's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "What", "How", "Why", "When", "Where",
            "Who", "Next", "News", "Live", "Latest", "Update", "Updates", "More", "Read", "Watch", "Video", "Photos", "Top",
            "Most", "Follow", "Share", "Contact", "Editor", "Editors", "Opinion", "Analysis", "Sport", "Sports",
            "Business", "World", "Politics", "Home", "Staff", "Reporter", "Desk", "Team", "Service", "Agency", "Press",
            "Media", "Online", "Daily", "Times", "Post", "Today", "Report", "Breaking", "Stories", "Us", "Our", "New",
            "Asks", "Says", "Calls", "Plans", "Wins", "Warns", "Urges", "Seeks", "Backs", "Faces", "Vows", "Opens",
            "Signs", "Votes", "Wants", "Pledges", "Launches", "Rejects", "Approves");

    public List<AuthorMention> find(String body) {
        List<int[]> paragraphs = paragraphs(body);
        Set<Integer> searched = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(TOP_PARAGRAPHS, paragraphs.size()); i++) {
            searched.add(i);
        }
        for (int i = Math.max(0, paragraphs.size() - BOTTOM_PARAGRAPHS); i < paragraphs.size(); i++) {
            searched.add(i);
        }
        List<AuthorMention> authors = new ArrayList<>();
        for (int index : searched) {
            int[] paragraph = paragraphs.get(index);
            if (paragraph[1] - paragraph[0] <= MAX_BYLINE_CHARS || isCreditParagraph(body, paragraph)) {
                authors.addAll(inParagraph(body, paragraph[0], paragraph[1], paragraphs.size() > 1));
            }
        }
        return authors;
    }

    /**
     * Whether one line (no line break in it) read as a paragraph of a text of several holds a byline or credit line,
     * as {@link #find} would find it there.
     */
    public boolean isByline(String line) {
        String text = line.strip();
        int[] paragraph = {0, text.length()};
        return !text.isEmpty() && (text.length() <= MAX_BYLINE_CHARS || isCreditParagraph(text, paragraph))
                && !inParagraph(text, 0, text.length(), true).isEmpty();
    }

    private static boolean isCreditParagraph(String body, int[] paragraph) {
        String text = body.substring(paragraph[0], paragraph[1]);
        return REPORTING_BY.matcher(text).find() || CONTRIBUTED.matcher(text).find();
    }

    private List<AuthorMention> inParagraph(String body, int start, int end, boolean severalParagraphs) {
        List<AuthorMention> found = new ArrayList<>();
        Matcher credit = REPORTING_BY.matcher(body).region(start, end);
        if (credit.find()) {
            names(body, credit.start("names"), credit.end("names"), found);
            return found;
        }
        Matcher contributed = CONTRIBUTED.matcher(body).region(start, end);
        if (contributed.find()) {
            names(body, contributed.start("names"), contributed.end("names"), found);
            return found;
        }
        // A lone paragraph is the article itself, not a byline.
        if (!severalParagraphs) {
            return found;
        }
        for (Pattern byline : BYLINES) {
            Matcher line = byline.matcher(body).region(start, end);
            if (line.lookingAt() && isPlausible(line.group("names"))) {
                names(body, line.start("names"), line.end("names"), found);
                break;
            }
        }
        return found;
    }

    private static boolean isPlausible(String names) {
        for (String word : NAME_SEPARATORS.split(names)) {
            if (NOT_NAME_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static void names(String body, int start, int end, List<AuthorMention> found) {
        Matcher name = ONE_NAME.matcher(body).region(start, end);
        while (name.find()) {
            String written = TRAILING_DOT.matcher(name.group()).replaceFirst("");
            found.add(new AuthorMention(written, name.start(), name.start() + written.length()));
        }
    }

    /** [start, end) of each non-blank line of the body. */
    private static List<int[]> paragraphs(String body) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(body.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                paragraphs.add(new int[] {from, to});
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return paragraphs;
    }
}
