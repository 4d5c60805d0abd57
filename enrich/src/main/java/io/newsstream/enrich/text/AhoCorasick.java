package io.newsstream.enrich.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds many fixed strings in a text in one pass (Aho-Corasick): whole words only, leftmost-longest and non-overlapping,
 * with offsets into the text as given. Matching is case-sensitive; curly apostrophes, Unicode hyphens and no-break
 * spaces count as their ASCII forms, so "O’Brien" finds "O'Brien". Immutable and safe to share between threads.
 *
 * @param <T> what each string stands for
 */
public final class AhoCorasick<T> {

    /** A found string: {@code text.substring(start, end)} is it (up to folded characters). */
    public record Match<T>(int start, int end, T value) {
    }

    private static final int ROOT = 0;
    private static final Comparator<Match<?>> LEFTMOST_LONGEST =
            Comparator.<Match<?>>comparingInt(Match::start).thenComparing(Comparator.<Match<?>>comparingInt(Match::end).reversed());

    /** The root's transitions for every char: most steps of a search start at the root. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /** Per node, its transition chars in ascending order and the matching child nodes. */
    private final char[][] keys;
    private final int[][] children;
    private final int[] failure;
    /** Length of the string ending at a node, 0 when none does. */
    private final int[] length;
    private final Object[] value;
    /** The nearest node on the failure chain that ends a string, -1 when none. */
    private final int[] nextOutput;

    public AhoCorasick(Map<String, T> strings) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        trie.add(new TreeMap<>());
        Map<Integer, String> ending = new HashMap<>();
        Map<Integer, T> values = new HashMap<>();
        strings.forEach((string, item) -> {
            if (string.isEmpty()) {
                return;
            }
            int node = ROOT;
            for (int i = 0; i < string.length(); i++) {
                TreeMap<Character, Integer> edges = trie.get(node);
                char c = fold(string.charAt(i));
                Integer child = edges.get(c);
                if (child == null) {
                    child = trie.size();
                    trie.add(new TreeMap<>());
                    edges.put(c, child);
                }
                node = child;
            }
            ending.put(node, string);
            values.put(node, item);
        });
        int size = trie.size();
        keys = new char[size][];
        children = new int[size][];
        failure = new int[size];
        length = new int[size];
        value = new Object[size];
        nextOutput = new int[size];
        for (int node = 0; node < size; node++) {
            TreeMap<Character, Integer> edges = trie.get(node);
            keys[node] = new char[edges.size()];
            children[node] = new int[edges.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> edge : edges.entrySet()) {
                keys[node][i] = edge.getKey();
                children[node][i++] = edge.getValue();
            }
            String ends = ending.get(node);
            length[node] = ends == null ? 0 : ends.length();
            value[node] = values.get(node);
        }
        Arrays.fill(rootNext, ROOT);
        for (int i = 0; i < keys[ROOT].length; i++) {
            rootNext[keys[ROOT][i]] = children[ROOT][i];
        }
        linkFailures();
    }

    /** Breadth first, so a node's failure target (a shorter string) is always linked before the node. */
    private void linkFailures() {
        Arrays.fill(nextOutput, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : children[ROOT]) {
            failure[child] = ROOT;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int i = 0; i < keys[node].length; i++) {
                char c = keys[node][i];
                int child = children[node][i];
                int fallback = failure[node];
                while (fallback != ROOT && child(fallback, c) < 0) {
                    fallback = failure[fallback];
                }
                int target = fallback == ROOT ? rootNext[c] : child(fallback, c);
                failure[child] = target == child ? ROOT : target;
                nextOutput[child] = length[failure[child]] > 0 ? failure[child] : nextOutput[failure[child]];
                queue.add(child);
            }
        }
    }

    private int child(int node, char c) {
        if (node == ROOT) {
            int next = rootNext[c];
            return next == ROOT ? -1 : next;
        }
        int i = Arrays.binarySearch(keys[node], c);
        return i < 0 ? -1 : children[node][i];
    }

    /** Every whole-word occurrence, then the leftmost-longest of overlapping ones; in order of position. */
    public List<Match<T>> find(CharSequence text) {
        List<Match<T>> candidates = new ArrayList<>();
        int node = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            int next = child(node, c);
            while (next < 0 && node != ROOT) {
                node = failure[node];
                next = child(node, c);
            }
            node = next < 0 ? ROOT : next;
            for (int out = length[node] > 0 ? node : nextOutput[node]; out > 0; out = nextOutput[out]) {
                int start = i + 1 - length[out];
                if (isWordStart(text, start) && isWordEnd(text, i + 1)) {
                    @SuppressWarnings("unchecked")
                    T item = (T) value[out];
                    candidates.add(new Match<>(start, i + 1, item));
                }
            }
        }
        return leftmostLongest(candidates);
    }

    private static <T> List<Match<T>> leftmostLongest(List<Match<T>> candidates) {
        candidates.sort(LEFTMOST_LONGEST);
        List<Match<T>> chosen = new ArrayList<>();
        int taken = 0;
        for (Match<T> match : candidates) {
            if (match.start() >= taken) {
                chosen.add(match);
                taken = match.end();
            }
        }
        return chosen;
    }

    /** "Ukraine" must not match inside "Ukrainian", nor "UN" inside "UNICEF". */
    private static boolean isWordStart(CharSequence text, int start) {
        return start == 0 || !isWordChar(text.charAt(start - 1));
    }

    /** A combining mark after the end continues the last letter (decomposed "Erdog˘an"). */
    private static boolean isWordEnd(CharSequence text, int end) {
        if (end == text.length()) {
            return true;
        }
        char next = text.charAt(end);
        return !isWordChar(next) && Character.getType(next) != Character.NON_SPACING_MARK;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    public static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011' -> '-';
            case '\u00A0', '\u202F' -> ' ';
            default -> c;
        };
    }
}
