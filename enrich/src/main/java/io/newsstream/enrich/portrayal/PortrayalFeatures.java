package io.newsstream.enrich.portrayal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a sentence and the character range of one mention in it into hashed feature ids for {@link PortrayalModel}.
 *
 * <p>Every feature is relative to the mention (the target): which words surround it and how far away, which words
 * share its clause, whether it is the speaker of the sentence or sits inside a quotation, and which words fall in the
 * scope of a negation. The target's own words are replaced by one placeholder, so the model learns how people are
 * written about rather than who they are. Features are hashed (no vocabulary to ship): a feature id is a bucket
 * in {@code [0, 2^bits)}.
 */
public final class PortrayalFeatures {

    /** Groups of features that can be switched on and off, to measure what each contributes. */
    public enum Template {
        /** every word of the sentence (negated words marked). */
        WORDS,
        /** every pair of adjacent words. */
        BIGRAMS,
        /** words tagged with their side of the target and a distance bucket. */
        WINDOW,
        /** the one or two words right before and after the target, as n-grams with it. */
        CONTEXT,
        /** words in the same clause as the target (between commas, semicolons, "but"...). */
        CLAUSE,
        /** the target is the one who speaks ("X said", "according to X"). */
        SPEAKER,
        /** the target inside a quotation; words inside quotations tagged. */
        QUOTES,
        /** where the target sits, whether it is a pronoun, how many other names there are. */
        SHAPE,
        /** averaged word vectors of the sentence, the words either side of the target and its clause (dense). */
        VECTORS
    }

    /** Dense groups of {@link Template#VECTORS}: sentence, left window, right window, clause, distance-weighted. */
    static final int VECTOR_GROUPS = 5;
    /** How many words either side of the target make its left and right windows. */
    private static final int WINDOW = 4;

    public static final int DEFAULT_BITS = 21;
    static final String TARGET = "<t>";

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nobody", "nothing", "neither", "nor",
            "without", "none", "hardly", "cannot");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "while", "although", "though", "whereas", "because",
            "however", "yet", "despite", "after", "before", "since", "unless", "whom", "which", "who");
    private static final Set<String> SPEECH_VERBS = ArticleVoice.SPEECH_VERBS;
    private static final Set<String> FILLERS = Set.of("has", "had", "have", "also", "later", "then", "once",
            "repeatedly", "previously", "recently", "reportedly", ",");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they", "them", "his", "hers",
            "their", "i", "we", "you", "it");

    private final EnumSet<Template> templates;
    private final int bits;
    private final WordVectors vectors;

    /** {@code vectors} may be null when {@link Template#VECTORS} is not among the templates. */
    public PortrayalFeatures(Set<Template> templates, int bits, WordVectors vectors) {
        this.templates = templates.isEmpty() ? EnumSet.noneOf(Template.class) : EnumSet.copyOf(templates);
        if (bits < 8 || bits > 28) {
            throw new IllegalArgumentException("feature bits must be between 8 and 28, not " + bits);
        }
        if (this.templates.contains(Template.VECTORS) && vectors == null) {
            throw new IllegalArgumentException("the VECTORS template needs word vectors");
        }
        this.bits = bits;
        this.vectors = this.templates.contains(Template.VECTORS) ? vectors : null;
    }

    /**
     * The templates of the shipped model: chosen on a held-out part of NewsMTSC's training data, where the bigram and
     * distance-window templates overfitted (they lowered macro-F1 by about two points each).
     */
    public static final Set<Template> DEFAULT_TEMPLATES = EnumSet.complementOf(EnumSet.of(Template.BIGRAMS,
            Template.WINDOW));

    /** How many dense values {@link #extract} gives. */
    public int denseSize() {
        return vectors == null ? 0 : VECTOR_GROUPS * vectors.dimensions();
    }

    public WordVectors vectors() {
        return vectors;
    }

    public Set<Template> templates() {
        return EnumSet.copyOf(templates);
    }

    public int bits() {
        return bits;
    }

    /**
     * The feature ids of the mention {@code [from, to)} in {@code sentence}; ids repeat when a feature occurs twice.
     * Offsets outside the sentence are clamped, so a slightly wrong span still gives features.
     */
    public FeatureVector extract(String sentence, int from, int to) {
        return new Extraction(sentence, from, to).run();
    }

    /** The state of one extraction: the words with the target collapsed, and the ids found so far. */
    private final class Extraction {

        private final String[] words;
        private final long[] hashes;
        private final boolean[] negated;
        private final boolean[] quoted;
        private final int target;
        private final boolean pronoun;
        private final int otherNames;
        private int[] ids = new int[256];
        private int size;

        Extraction(String sentence, int from, int to) {
            List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(sentence);
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                WordTokenizer.Token token = tokens.get(i);
                if (token.end() > from && token.start() < to) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first < 0) {
                // No token overlaps the span: put the target where the span starts.
                first = 0;
                while (first < tokens.size() && tokens.get(first).start() < from) {
                    first++;
                }
                last = first - 1;
            }
            int count = tokens.size() - (last - first + 1) + 1;
            words = new String[count];
            int k = 0;
            for (int i = 0; i < first; i++) {
                words[k++] = tokens.get(i).text();
            }
            target = k;
            words[k++] = TARGET;
            for (int i = last + 1; i < tokens.size(); i++) {
                words[k++] = tokens.get(i).text();
            }
            pronoun = last == first && PRONOUNS.contains(tokens.get(first).text());
            int names = 0;
            for (int i = 1; i < tokens.size(); i++) {
                if ((i < first || i > last) && tokens.get(i).capitalised() && !tokens.get(i - 1).capitalised()) {
                    names++;
                }
            }
            otherNames = names;
            hashes = new long[count];
            for (int i = 0; i < count; i++) {
                hashes[i] = words[i].hashCode();
            }
            negated = new boolean[count];
            quoted = new boolean[count];
            boolean inNegation = false;
            boolean inQuote = false;
            for (int i = 0; i < count; i++) {
                String word = words[i];
                if (word.equals(WordTokenizer.QUOTE)) {
                    inQuote = !inQuote;
                }
                quoted[i] = inQuote;
                if (isPunctuation(word) || CLAUSE_WORDS.contains(word)) {
                    inNegation = false;
                }
                negated[i] = inNegation;
                if (NEGATORS.contains(word) || word.endsWith("n't")) {
                    inNegation = true;
                }
            }
        }

        FeatureVector run() {
            if (templates.contains(Template.WORDS)) {
                for (int i = 0; i < words.length; i++) {
                    if (i != target) {
                        add(1, hashes[i], negated[i] ? 1 : 0);
                    }
                }
            }
            if (templates.contains(Template.BIGRAMS)) {
                for (int i = 0; i + 1 < words.length; i++) {
                    add(2, hashes[i], hashes[i + 1]);
                }
            }
            if (templates.contains(Template.WINDOW)) {
                for (int i = 0; i < words.length; i++) {
                    if (i != target) {
                        int distance = i - target;
                        add(3, hashes[i], distanceBucket(distance));
                        add(4, hashes[i], (distance < 0 ? 10 : 20) + (negated[i] ? 1 : 0));
                    }
                }
            }
            if (templates.contains(Template.CONTEXT)) {
                long before = hash(target - 1);
                long before2 = hash(target - 2);
                long after = hash(target + 1);
                long after2 = hash(target + 2);
                add(5, before, 0);
                add(6, after, 0);
                add(7, after, after2);
                add(8, before2, before);
                add(9, before, after);
            }
            if (templates.contains(Template.CLAUSE)) {
                int[] clause = clause();
                int start = clause[0];
                int end = clause[1];
                for (int i = start; i <= end; i++) {
                    if (i != target) {
                        add(10, hashes[i], negated[i] ? 1 : 0);
                    }
                }
                add(11, Math.min(end - start, 30) / 5, 0);
            }
            boolean speaker = isSpeaker();
            if (templates.contains(Template.SPEAKER)) {
                add(12, speaker ? 1 : 0, 0);
                if (speaker) {
                    // What a speaker says is mostly about others: its words get their own weights.
                    for (int i = 0; i < words.length; i++) {
                        if (i != target && quoted[i]) {
                            add(13, hashes[i], 0);
                        }
                    }
                }
            }
            if (templates.contains(Template.QUOTES)) {
                boolean anyQuote = false;
                for (int i = 0; i < words.length; i++) {
                    if (quoted[i] && i != target) {
                        anyQuote = true;
                        add(14, hashes[i], 0);
                    }
                }
                add(15, quoted[target] ? 1 : 0, anyQuote ? 1 : 0);
            }
            if (templates.contains(Template.SHAPE)) {
                add(16, target == 0 ? 0 : target <= 2 ? 1 : 2 + 4 * target / words.length, 0);
                add(17, pronoun ? 1 : 0, 0);
                add(18, Math.min(otherNames, 4), 0);
                add(19, Math.min(words.length, 60) / 10, 0);
            }
            return vectors == null ? new FeatureVector(Arrays.copyOf(ids, size), new float[0])
                    : new FeatureVector(Arrays.copyOf(ids, size), dense(), sequence());
        }

        /** The words' vectors in sentence order; the target and unknown words have none. */
        private MentionSequence sequence() {
            float[][] sequence = new float[words.length][];
            for (int i = 0; i < words.length; i++) {
                sequence[i] = i == target ? null : vectors.get(words[i]);
            }
            return new MentionSequence(sequence, target, negated);
        }

        /** Mean word vectors of five groups of words; a group without known words stays zero. */
        private float[] dense() {
            int dims = vectors.dimensions();
            float[] dense = new float[VECTOR_GROUPS * dims];
            float[] weightSums = new float[VECTOR_GROUPS];
            int[] clause = clause();
            for (int i = 0; i < words.length; i++) {
                float[] v = i == target ? null : vectors.get(words[i]);
                if (v == null) {
                    continue;
                }
                int distance = Math.abs(i - target);
                if (negated[i]) {
                    // A negated word means something else: let it pull the other way.
                    v = negate(v);
                }
                accumulate(dense, weightSums, 0, v, 1f);
                if (i < target && distance <= WINDOW) {
                    accumulate(dense, weightSums, 1, v, 1f);
                }
                if (i > target && distance <= WINDOW) {
                    accumulate(dense, weightSums, 2, v, 1f);
                }
                if (i >= clause[0] && i <= clause[1]) {
                    accumulate(dense, weightSums, 3, v, 1f);
                }
                accumulate(dense, weightSums, 4, v, 1f / distance);
            }
            for (int g = 0; g < VECTOR_GROUPS; g++) {
                if (weightSums[g] > 0) {
                    for (int d = 0; d < dims; d++) {
                        dense[g * dims + d] /= weightSums[g];
                    }
                }
            }
            return dense;
        }

        private float[] negate(float[] v) {
            float[] result = new float[v.length];
            for (int d = 0; d < v.length; d++) {
                result[d] = -v[d];
            }
            return result;
        }

        private void accumulate(float[] dense, float[] weightSums, int group, float[] v, float weight) {
            int base = group * v.length;
            for (int d = 0; d < v.length; d++) {
                dense[base + d] += weight * v[d];
            }
            weightSums[group] += weight;
        }

        /** The first and last word index of the target's clause. */
        private int[] clause() {
            int start = target;
            while (start > 0 && !isClauseBreak(words[start - 1])) {
                start--;
            }
            int end = target;
            while (end + 1 < words.length && !isClauseBreak(words[end + 1])) {
                end++;
            }
            return new int[] {start, end};
        }

        private boolean isSpeaker() {
            int i = target + 1;
            int skipped = 0;
            while (i < words.length && skipped < 3 && FILLERS.contains(words[i])) {
                i++;
                skipped++;
            }
            if (i < words.length && SPEECH_VERBS.contains(words[i])) {
                return true;
            }
            if (target >= 1 && SPEECH_VERBS.contains(words[target - 1])) {
                return true;
            }
            return target >= 2 && words[target - 2].equals("according") && words[target - 1].equals("to");
        }

        private long hash(int index) {
            return index < 0 ? 1L << 40 : index >= words.length ? 2L << 40 : hashes[index];
        }

        private void add(int template, long a, long b) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            long h = mix(mix(template * 0x9E3779B97F4A7C15L + a) + b);
            ids[size++] = (int) (h >>> (64 - bits));
        }
    }

    private static int distanceBucket(int distance) {
        int d = Math.abs(distance);
        int bucket = d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6;
        return distance < 0 ? -bucket : bucket;
    }

    private static boolean isPunctuation(String word) {
        return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && !word.equals(WordTokenizer.QUOTE);
    }

    private static boolean isClauseBreak(String word) {
        return word.equals(",") || word.equals(";") || word.equals(":") || word.equals("(") || word.equals(")")
                || word.equals("\u2014") || word.equals("\u2013") || CLAUSE_WORDS.contains(word);
    }

    /** SplitMix64's finaliser: spreads the bits of a hash over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
