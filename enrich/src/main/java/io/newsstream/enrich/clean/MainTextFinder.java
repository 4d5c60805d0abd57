package io.newsstream.enrich.clean;

import io.newsstream.enrich.authors.BylineFinder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the article in the lines of a scraped page from structure alone: the stretch of lines richest in prose
 * (navigation, link lists and furniture count against it), the headline above it and the standfirst under that.
 * Lines repeated on the page, section headers with the links under them, timestamps and runs of menu-like short
 * lines are dropped. A text with no prose at all keeps every line that is not known furniture.
 */
final class MainTextFinder {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TIME_OR_DATE = Pattern.compile(
            "\\b(?:\\d{1,2}[:.h]\\d{2}\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|(?:19|20)\\d{2}\\b)");

    /** A line at least this long is prose even without a closing full stop (a paragraph cut by a scraper). */
    private static final int LONG_LINE_WORDS = 20;
    /** A sentence shorter than this is too short to tell prose from a label. */
    private static final int MIN_SENTENCE_WORDS = 4;
    /** What a line that is not prose costs the stretch it sits in, in words of prose. */
    private static final int NON_PROSE_COST = 5;
    /** Only what a line of prose has beyond a headline's length counts for it: lists of teasers are not an article. */
    private static final int HEADLINE_LENGTH = 7;
    /** A header costs as much as a paragraph: a stretch rarely runs across one. */
    private static final int HEADER_COST = 25;
    /** How far above the article the headline is looked for, in lines. */
    private static final int HEADLINE_WINDOW = 40;
    /** Longer headlines are likelier than two-word labels, but beyond this length a line is likelier a caption. */
    private static final int MAX_HEADLINE_SCORE_WORDS = 10;
    /** What each line between a candidate and the article costs it, in words. */
    private static final double DISTANCE_COST = 0.3;
    /** A headline is usually followed by its standfirst or the first paragraph, a label or caption less so. */
    private static final int STANDFIRST_BONUS = 2;
    private static final int MIN_STANDFIRST_WORDS = 15;
    /** Menus are runs of at least this many short lines. */
    private static final int MENU_RUN = 3;
    private static final int MAX_MENU_WORDS = 5;
    private static final int MAX_TIMESTAMP_WORDS = 10;
    /** A line repeated this often is a label stamped all over the page, and is cut where it is glued to text too. */
    private static final int STAMP_REPEATS = 3;
    private static final int MAX_STAMP_WORDS = 6;

    private enum Kind { PROSE, SHORT, FURNITURE, HEADER }

    /**
     * One line of the page and what is known of it. Whether a short line is known furniture is only looked up (in the
     * boilerplate table, the costly part) where it matters, near the article: for the stretch a short line weighs what
     * furniture weighs. The table's and the headline rules' verdicts are kept, as several steps ask for them.
     */
    private static final class Line {

        private final String text;
        private final int words;
        private final boolean repeated;
        private final Predicate<String> furniture;
        private Kind kind;
        private boolean settled;
        private Boolean inFurnitureTable;
        private Boolean headlineShape;

        Line(String text, int words, Kind kind, boolean repeated, Predicate<String> furniture, Boolean inFurnitureTable) {
            this.text = text;
            this.words = words;
            this.kind = kind;
            this.repeated = repeated;
            this.furniture = furniture;
            this.settled = kind != Kind.SHORT;
            this.inFurnitureTable = inFurnitureTable;
        }

        String text() {
            return text;
        }

        int words() {
            return words;
        }

        boolean repeated() {
            return repeated;
        }

        /** The kind as the stretch weighs it: a short line may still turn out to be furniture, which weighs the same. */
        Kind weighed() {
            return kind;
        }

        Kind kind() {
            if (!settled) {
                settled = true;
                kind = inFurnitureTable() ? Kind.FURNITURE : kind;
            }
            return kind;
        }

        /** Whether the boilerplate table knows the line as furniture. */
        boolean inFurnitureTable() {
            if (inFurnitureTable == null) {
                inFurnitureTable = furniture.test(text);
            }
            return inFurnitureTable;
        }

        /** Whether the line has a headline's form (its kind aside). */
        boolean headlineShape() {
            if (headlineShape == null) {
                headlineShape = TitleShape.looksLikeHeadline(text, words);
            }
            return headlineShape;
        }
    }

    /** How many lines above and below the article are read for its bylines. */
    private static final int BYLINE_REACH = 6;
    private static final int MAX_BYLINE_CHARS = 160;

    private final SectionHeaders headers;
    private final BylineFinder bylines = new BylineFinder();

    MainTextFinder(SectionHeaders headers) {
        this.headers = headers;
    }

    /**
     * The headline (when one is found), then the article's lines; {@code lines} are stripped and non-blank, and
     * {@code furniture} tells the lines the boilerplate table knows.
     */
    List<String> find(List<String> lines, Predicate<String> furniture) {
        List<String> keys = keys(lines);
        Map<String, Integer> counts = counts(keys);
        List<String> stamps = stamps(counts);
        List<String> unstamped = lines;
        if (!stamps.isEmpty()) {
            unstamped = new ArrayList<>(lines.size());
            List<String> unstampedKeys = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                String text = withoutStamps(lines.get(i), stamps);
                if (!text.isEmpty()) {
                    unstamped.add(text);
                    // A line no stamp was cut from keeps its key.
                    unstampedKeys.add(text == lines.get(i) ? keys.get(i) : key(text));
                }
            }
            keys = unstampedKeys;
            counts = counts(keys);
        }
        List<Line> page = classify(unstamped, keys, counts, furniture);
        int[] stretch = widened(page, richestStretch(page));
        if (stretch == null) {
            return page.stream().filter(line -> line.kind() == Kind.PROSE || line.kind() == Kind.SHORT)
                    .map(Line::text).toList();
        }
        boolean[] kept = new boolean[page.size()];
        int headline = headline(page, stretch[0]);
        if (headline >= 0) {
            kept[headline] = true;
            int standfirst = standfirst(page, headline, stretch[0]);
            if (standfirst >= 0) {
                kept[standfirst] = true;
            }
        }
        body(page, stretch[0], stretch[1], kept);
        // Bylines and credit lines next to the article stay: the authors are read from the body.
        int from = headline >= 0 ? headline + 1 : Math.max(0, stretch[0] - BYLINE_REACH);
        for (int i = Math.max(from, stretch[0] - BYLINE_REACH); i < stretch[0]; i++) {
            kept[i] |= isByline(page.get(i));
        }
        for (int i = stretch[1] + 1; i < Math.min(page.size(), stretch[1] + 1 + BYLINE_REACH); i++) {
            kept[i] |= isByline(page.get(i));
        }
        List<String> article = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (kept[i]) {
                article.add(page.get(i).text());
            }
        }
        return article;
    }

    private boolean isByline(Line line) {
        // A line that is not of kind HEADER was found no section header when it was classified.
        return line.kind() != Kind.HEADER && line.text().length() <= MAX_BYLINE_CHARS && !line.repeated()
                && !line.inFurnitureTable() && bylines.isByline(line.text());
    }

    /** Labels stamped on the page three times or more ("Article content"): they are cut wherever they are glued to text. */
    private static List<String> stamps(Map<String, Integer> counts) {
        List<String> stamps = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count >= STAMP_REPEATS && LineShape.words(key) <= MAX_STAMP_WORDS && !LineShape.endsLikeSentence(key)) {
                stamps.add(key);
            }
        });
        return stamps;
    }

    /** The line without the stamps at its start or end; the line itself when it has none. */
    private static String withoutStamps(String line, List<String> stamps) {
        String text = line;
        boolean cut = true;
        while (cut) {
            cut = false;
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                break;
            }
            for (String stamp : stamps) {
                if (lower.length() > stamp.length() && lower.startsWith(stamp + " ")) {
                    text = text.substring(Math.min(text.length(), stamp.length() + 1)).strip();
                    cut = true;
                    break;
                }
                if (lower.length() > stamp.length() && lower.endsWith(" " + stamp)) {
                    text = text.substring(0, Math.max(0, text.length() - stamp.length() - 1)).strip();
                    cut = true;
                    break;
                }
            }
        }
        return text;
    }

    private List<Line> classify(List<String> lines, List<String> keys, Map<String, Integer> counts,
                                Predicate<String> furniture) {
        List<Line> page = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            String key = keys.get(i);
            int words = LineShape.words(text);
            boolean sentence = LineShape.endsLikeSentence(text);
            boolean prose = sentence && words >= MIN_SENTENCE_WORDS || words >= LONG_LINE_WORDS;
            boolean repeated = counts.get(key) > 1;
            // Only prose is looked up in the boilerplate table here; a short line is looked up when it matters.
            Boolean inFurnitureTable = prose ? furniture.test(text) : null;
            Kind kind;
            if (prose && inFurnitureTable) {
                kind = Kind.FURNITURE;
            } else if (headers.isHeader(text, key)) {
                kind = Kind.HEADER;
            } else if (repeated && !prose) {
                // Menus and labels repeated on the page go entirely; repeated prose is the article's own (a refrain).
                kind = Kind.FURNITURE;
            } else if (!sentence && words <= MAX_TIMESTAMP_WORDS && isTimestamp(text, words)) {
                kind = Kind.FURNITURE;
            } else {
                kind = prose ? Kind.PROSE : Kind.SHORT;
            }
            page.add(new Line(text, words, kind, repeated, furniture, inFurnitureTable));
        }
        return page;
    }

    /** A short line made mostly of a date or time: "Posted at 1:06 PM", "18. Mai 2026", "Updated 12/05/2024". */
    private static boolean isTimestamp(String text, int words) {
        // Every date or time has digits: most lines need no regular expression.
        if (!hasDigit(text) || !TIME_OR_DATE.matcher(text).find()) {
            return false;
        }
        String[] tokens = SPACES.split(text);
        int withDigits = 0;
        for (String token : tokens) {
            withDigits += hasDigit(token) ? 1 : 0;
        }
        return words <= 6 || withDigits * 3 >= tokens.length;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The stretch of lines [first, last] whose prose outweighs most what is not prose; null when there is no prose. */
    private static int[] richestStretch(List<Line> page) {
        int best = 0;
        int[] stretch = null;
        int sum = 0;
        int start = 0;
        int gap = 0;
        for (int i = 0; i < page.size(); i++) {
            Line line = page.get(i);
            gap = line.weighed() == Kind.PROSE ? 0 : gap + 1;
            // Each further line of a gap costs more: a long run of navigation or links is where the article ends.
            sum += weight(line) - (gap > 1 ? gap - 1 : 0);
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                stretch = new int[] {start, i};
            }
        }
        return stretch;
    }

    /**
     * The stretch with the sentences right next to it: a short sentence at either end weighs too little to be chosen
     * on its own but belongs to the article when nothing but known furniture parts it from the stretch.
     */
    private static int[] widened(List<Line> page, int[] stretch) {
        if (stretch == null) {
            return null;
        }
        int first = stretch[0];
        for (int i = first - 1; i >= 0 && page.get(i).kind() != Kind.SHORT && page.get(i).kind() != Kind.HEADER; i--) {
            first = page.get(i).kind() == Kind.PROSE ? i : first;
        }
        int last = stretch[1];
        for (int i = last + 1; i < page.size() && page.get(i).kind() != Kind.SHORT && page.get(i).kind() != Kind.HEADER; i++) {
            last = page.get(i).kind() == Kind.PROSE ? i : last;
        }
        return new int[] {first, last};
    }

    private static int weight(Line line) {
        return switch (line.weighed()) {
            case PROSE -> line.words() - HEADLINE_LENGTH;
            case HEADER -> -HEADER_COST;
            case SHORT, FURNITURE -> -NON_PROSE_COST;
        };
    }

    /**
     * The headline: of the headline-like lines above the article, the one that reads most like a headline (long
     * enough to say something, up to a point) and sits closest to the article; -1 when there is none.
     */
    private static int headline(List<Line> page, int articleStart) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int between = 0;
        for (int i = articleStart - 1; i >= Math.max(0, articleStart - HEADLINE_WINDOW); i--) {
            Line line = page.get(i);
            if (looksLikeHeadline(line)) {
                double score = Math.min(line.words(), MAX_HEADLINE_SCORE_WORDS) - DISTANCE_COST * between
                        + (followedByStandfirst(page, i) ? STANDFIRST_BONUS : 0);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            between += line.kind() == Kind.FURNITURE ? 0 : 1;
        }
        return best;
    }

    /** Whether one of the two lines under the headline candidate is a long one, as a standfirst or a first paragraph is. */
    private static boolean followedByStandfirst(List<Line> page, int index) {
        int seen = 0;
        for (int i = index + 1; i < page.size() && seen < 2; i++) {
            Line line = page.get(i);
            if (line.kind() == Kind.FURNITURE) {
                continue;
            }
            if (line.words() >= MIN_STANDFIRST_WORDS && !looksLikeHeadline(line)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private static boolean looksLikeHeadline(Line line) {
        if (line.kind() == Kind.HEADER || line.kind() == Kind.FURNITURE && !line.repeated()) {
            return false;
        }
        return line.headlineShape();
    }

    /** The standfirst: the first line of prose under the headline, above the article, past bylines and dates. */
    private static int standfirst(List<Line> page, int headline, int articleStart) {
        for (int i = headline + 1; i < articleStart; i++) {
            Line line = page.get(i);
            if (line.kind() == Kind.HEADER) {
                return -1;
            }
            if (line.kind() != Kind.FURNITURE && line.words() >= 8) {
                return i;
            }
        }
        return -1;
    }

    /** Marks the article's lines: its prose and headings, not furniture, menus or the links under a section header. */
    private static void body(List<Line> page, int first, int last, boolean[] kept) {
        boolean underHeader = false;
        for (int i = first; i <= last; i++) {
            Line line = page.get(i);
            switch (line.kind()) {
                case HEADER -> underHeader = true;
                case PROSE -> {
                    underHeader = false;
                    kept[i] = true;
                }
                case SHORT -> kept[i] = !underHeader && !inMenu(page, i);
                case FURNITURE -> { }
            }
        }
    }

    private static boolean inMenu(List<Line> page, int index) {
        int start = index;
        while (start > 0 && isMenuItem(page.get(start - 1))) {
            start--;
        }
        int end = index;
        while (end + 1 < page.size() && isMenuItem(page.get(end + 1))) {
            end++;
        }
        return isMenuItem(page.get(index)) && end - start + 1 >= MENU_RUN;
    }

    private static boolean isMenuItem(Line line) {
        Kind kind = line.weighed();
        return (kind == Kind.SHORT || kind == Kind.FURNITURE) && line.words() <= MAX_MENU_WORDS;
    }

    private static List<String> keys(List<String> lines) {
        List<String> keys = new ArrayList<>(lines.size());
        for (String line : lines) {
            keys.add(key(line));
        }
        return keys;
    }

    private static Map<String, Integer> counts(List<String> keys) {
        // Sized for every line distinct, so the map never grows while it counts.
        Map<String, Integer> counts = new HashMap<>(keys.size() * 4 / 3 + 1);
        for (String key : keys) {
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    /** The line as repeats are compared: lower case, runs of whitespace as one space, no space at either end. */
    static String key(String line) {
        String stripped = line.strip();
        if (!needsCollapsing(stripped)) {
            return stripped.toLowerCase(Locale.ROOT);
        }
        StringBuilder key = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (LineShape.isWhitespace(c)) {
                if (!space) {
                    key.append(' ');
                }
                space = true;
            } else {
                key.append(c);
                space = false;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LineShape.isWhitespace(c) && (c != ' ' || LineShape.isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
