package io.newsstream.enrich.entities;

import io.newsstream.enrich.text.AhoCorasick;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a rule's patterns only around the words that cue it, found in one pass over the text: a pattern that needs a
 * rare word then costs a scan, not an attempt at every position of every article.
 *
 * @param <V> what a cue word says (which patterns it cues)
 */
final class CueWindows<V> {

    private final AhoCorasick<V> cues;

    /** Cue words (whole words, case as written) and what each cues. */
    CueWindows(Map<String, V> words) {
        this.cues = new AhoCorasick<>(words);
    }

    /** Every cue word in {@code text}, in order: one pass, for all the patterns of a rule. */
    List<AhoCorasick.Match<V>> find(String text) {
        return cues.find(text);
    }

    /**
     * Every match of each of {@code patterns} within reach of a cue that {@code use} accepts: starting up to
     * {@code before} chars ahead of it, ending up to {@code after} past it; windows that touch merge.
     */
    static <V> void forEachMatch(String text, List<AhoCorasick.Match<V>> found, Predicate<V> use, int before,
            int after, List<Pattern> patterns, Consumer<Matcher> action) {
        List<Matcher> matchers = patterns.stream().map(pattern -> pattern.matcher(text)).toList();
        int windowStart = -1;
        int windowEnd = -1;
        for (AhoCorasick.Match<V> cue : found) {
            if (!use.test(cue.value())) {
                continue;
            }
            int start = Math.max(0, cue.start() - before);
            int end = Math.min(text.length(), cue.end() + after);
            if (windowEnd >= 0 && start <= windowEnd) {
                windowEnd = end;
                continue;
            }
            search(matchers, windowStart, windowEnd, action);
            windowStart = start;
            windowEnd = end;
        }
        search(matchers, windowStart, windowEnd, action);
    }

    private static void search(List<Matcher> matchers, int start, int end, Consumer<Matcher> action) {
        if (end < 0) {
            return;
        }
        for (Matcher matcher : matchers) {
            // Transparent bounds: lookarounds see past the window ("no letter before the name"); no anchoring, so "$"
            // is the text's end, not the window's.
            matcher.region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
            while (matcher.find()) {
                action.accept(matcher);
            }
        }
    }
}
