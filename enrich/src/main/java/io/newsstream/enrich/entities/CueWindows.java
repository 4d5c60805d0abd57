package io.newsstream.enrich.entities;

import io.newsstream.enrich.text.AhoCorasick;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs a rule's patterns only around the words that cue it, found in one pass over the text: a pattern that needs a
 * rare word then costs a scan, not an attempt at every position of every article.
 */
final class CueWindows {

    private final AhoCorasick<Boolean> cues;
    private final int before;
    private final int after;

    /** Cue {@code words} (whole words, case as written); a match may start {@code before} chars ahead of a cue and end
     *  {@code after} chars past it. */
    CueWindows(Collection<String> words, int before, int after) {
        this.cues = new AhoCorasick<>(words.stream().collect(Collectors.toMap(Function.identity(), word -> true,
                (a, b) -> a)));
        this.before = before;
        this.after = after;
    }

    /** Every match of each of {@code patterns} within reach of a cue, window by window (windows that touch merge). */
    void forEachMatch(String text, List<Pattern> patterns, Consumer<Matcher> action) {
        List<Matcher> matchers = patterns.stream().map(pattern -> pattern.matcher(text)).toList();
        int windowStart = -1;
        int windowEnd = -1;
        for (AhoCorasick.Match<Boolean> cue : cues.find(text)) {
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
