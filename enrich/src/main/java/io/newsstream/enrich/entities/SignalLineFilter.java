package io.newsstream.enrich.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the mentions that show who made or carried the text rather than what it is about: outlet names in datelines
 * ("(Reuters) -", "/TASS/"), closing wire tags ("—AFP"), bylines, author notes, syndication, copyright and house lines;
 * editors after "Editing by"; an editorial board signing its paper's opinion; and platforms a statement was posted on
 * ("wrote on Telegram"). The outlet step reads those lines as publisher and source signals; as entities they would
 * make every wire story "about" its agency.
 */
final class SignalLineFilter {

    private static final String NAME = "\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}";
    /** "Jane Doe", "Jane Doe and John Roe", "By Jane Doe": the start of a byline. */
    private static final String NAMES = "(?:By\\s+)?" + NAME + "(?:\\s+and\\s+" + NAME + ")?";
    /** Paragraphs that are signal lines whole: every outlet named in them is a signal, not a subject. */
    private static final Pattern SIGNAL_PARAGRAPH = Pattern.compile(
            "(?i:read\\s+(?:the\\s+)?full\\s+(?:article|story)|source\\s*:|originally\\s+published|this\\s+(?:article|story)"
                    + "\\s+(?:was\\s+)?first\\s+(?:appeared|published)|first\\s+published|copyright|©|\\(c\\)|our\\s+standards"
                    + "|reporting\\s+by|additional\\s+reporting|writing\\s+by|editing\\s+by|compiled\\s+by|with\\s+reporting"
                    + "|updated\\s|posted\\s|published\\s|follow\\s|we(?:'re|\\s+are)\\s+the\\s|author\\s*:).*"
                    // Outside (?i:): case-insensitive matching would let \p{Lu} match any letter.
                    + "|(?:By|BY)\\s+\\p{Lu}.*"
                    + "|.*(?i:contributed\\s+to\\s+this|follow\\s+us|subscribe|newsletter|donate|support\\s+(?:our|independent)).*"
                    + "|[-–—\\s]*" + NAMES + "\\s*[·|•].*"
                    + "|" + NAMES + "(?:\\s+for|,)\\s+(?:[Tt]he\\s+)?\\p{Lu}[^.!?]{0,60}\\.?"
                    + "|.*\\sEditorial\\s+Board\\.?");
    /** A byline or signature is short; a sentence of prose that happens to contain "for" is not one. */
    private static final int MAX_SIGNAL_WORDS = 16;
    private static final int MAX_SIGNAL_CHARS = 300;
    private static final int LOOK_BACK = 300;
    /** "... correspondent for" right before an outlet in an author note. */
    private static final Pattern AUTHOR_NOTE_BEFORE = Pattern.compile(
            "(?i:correspondent|reporter|editor|writer|columnist|contributor|bureau\\s+chief|journalist|producer)"
                    + "\\s+(?:for|at|with)\\s+(?:[Tt]he\\s+)?$");
    /** Datelines name their agency within the first words of a paragraph, in brackets or slashes. */
    private static final int DATELINE_CHARS = 90;
    private static final Pattern EDITING_BY = Pattern.compile("(?i)\\b(?:editing|photo(?:graph)?s?)\\s+by\\b|\\bphoto:");
    private static final Set<String> PLATFORMS = Set.of("Telegram", "X", "Facebook", "Instagram", "TikTok", "YouTube",
            "WhatsApp", "Truth Social", "Weibo", "WeChat", "Threads", "Bluesky", "LinkedIn", "Twitter", "Snapchat",
            "Reddit", "VKontakte", "VK");
    private static final Pattern ON_BEFORE = Pattern.compile("\\bon\\s+(?:(?:his|her|its|their|the|a)\\s+)?(?:official\\s+)?$");

    private final Set<String> outletIds;

    /** @param outletIds the knowledge-base ids of news outlets */
    SignalLineFilter(Set<String> outletIds) {
        this.outletIds = Set.copyOf(outletIds);
    }

    List<Mention> filter(String body, List<Mention> mentions) {
        Paragraphs paragraphs = new Paragraphs(body);
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            if (!isSignal(body, paragraphs, mention)) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private boolean isSignal(String body, Paragraphs paragraphs, Mention mention) {
        int paragraph = paragraphs.indexOf(mention.start());
        int paragraphStart = paragraphs.start(paragraph);
        // Signal phrases sit just before what they introduce: a bounded look-back keeps megabyte paragraphs linear.
        String before = body.substring(Math.max(paragraphStart, mention.start() - LOOK_BACK), mention.start());
        if (paragraphs.editorsFrom(paragraph) < mention.start()) {
            return true;
        }
        if (PLATFORMS.contains(mention.surface()) && ON_BEFORE.matcher(tail(before, 40)).find()
                || mention.surface().endsWith("Editorial Board")) {
            return true;
        }
        if (!outletIds.contains(mention.id())) {
            return false;
        }
        return paragraphs.isSignalLine(paragraph)
                || AUTHOR_NOTE_BEFORE.matcher(tail(before, 80)).find()
                || isDatelineTag(body, mention, paragraphStart)
                || paragraphs.isAbout(paragraph, mention.surface().length() + 4);
    }

    /** "KYIV, June 12 (Reuters) -" or "MOSCOW, February 14. /TASS/.": the agency in brackets or slashes, early on. */
    private static boolean isDatelineTag(String body, Mention mention, int paragraphStart) {
        if (mention.start() - paragraphStart > DATELINE_CHARS || mention.start() == 0 || mention.end() >= body.length()) {
            return false;
        }
        char open = body.charAt(mention.start() - 1);
        char close = body.charAt(mention.end());
        return open == '(' && close == ')' || open == '/' && close == '/';
    }

    /** The body's lines, found once, each classified at most once. */
    private static final class Paragraphs {

        private final String body;
        private final List<Integer> starts = new ArrayList<>();
        private final Map<Integer, Boolean> signalLines = new HashMap<>();
        private final Map<Integer, Integer> editorsFrom = new HashMap<>();

        Paragraphs(String body) {
            this.body = body;
            starts.add(0);
            for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
        }

        int indexOf(int offset) {
            int found = Collections.binarySearch(starts, offset);
            return found >= 0 ? found : -found - 2;
        }

        int start(int paragraph) {
            return starts.get(paragraph);
        }

        int end(int paragraph) {
            return paragraph + 1 < starts.size() ? starts.get(paragraph + 1) - 1 : body.length();
        }

        /** Whether the line is this short: a bare outlet name ("Reuters", "—AFP") closing a story. */
        boolean isAbout(int paragraph, int maxChars) {
            int length = end(paragraph) - start(paragraph);
            return length <= maxChars || length <= 2 * maxChars && body.substring(start(paragraph), end(paragraph)).strip().length() <= maxChars;
        }

        /** Where "Editing by" or "Photo by" starts in the line: names after it are editors or photographers. */
        int editorsFrom(int paragraph) {
            return editorsFrom.computeIfAbsent(paragraph, p -> {
                Matcher editing = EDITING_BY.matcher(body).region(start(p), end(p));
                return editing.find() ? editing.end() : Integer.MAX_VALUE;
            });
        }

        boolean isSignalLine(int paragraph) {
            return signalLines.computeIfAbsent(paragraph, p -> {
                if (end(p) - start(p) > MAX_SIGNAL_CHARS) {
                    return false;
                }
                String stripped = body.substring(start(p), end(p)).strip();
                return stripped.split("\\s+").length <= MAX_SIGNAL_WORDS && SIGNAL_PARAGRAPH.matcher(stripped).matches();
            });
        }
    }

    private static String tail(String text, int chars) {
        return text.length() <= chars ? text : text.substring(text.length() - chars);
    }
}
