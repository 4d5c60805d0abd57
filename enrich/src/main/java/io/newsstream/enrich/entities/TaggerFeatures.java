package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Token;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a sentence's tokens into the hashed features the name tagger weighs, the same at training and run time: each
 * word and its shape, affixes, neighbours within two, sentence position, whether the knowledge base names it (and as
 * what), whether it is a known given name or surname, and title or organisation cue words around it.
 */
public final class TaggerFeatures {

    /** Words that end or head an organisation's name ("Inc", "University", "Party"). */
    private static final Set<String> ORGANISATION_CUES = Set.of(
            "inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "group", "holdings", "university",
            "college", "school", "academy", "institute", "bank", "party", "council", "ministry", "department",
            "agency", "association", "union", "committee", "commission", "foundation", "federation", "club", "fc",
            "league", "airlines", "airways", "court", "army", "navy", "police", "church", "museum", "hospital",
            "society", "organization", "organisation", "centre", "center", "office", "bureau", "board", "service",
            "services", "systems", "technologies", "motors", "news", "times", "post", "press", "network", "media");

    /** Words that end a place's name ("Oak Street", "Cook County"). */
    private static final Set<String> PLACE_CUES = Set.of(
            "city", "county", "state", "province", "region", "district", "river", "lake", "sea", "ocean", "island",
            "islands", "mountain", "mountains", "mount", "street", "avenue", "road", "square", "valley", "bay",
            "peninsula", "airport", "park", "bridge", "strait", "gulf", "coast", "desert");

    private static final int BIAS = 1;
    private static final int WORD = 2;
    private static final int SHAPE = 3;
    private static final int PREFIX = 4;
    private static final int SUFFIX = 8;
    private static final int NEIGHBOUR_WORD = 12;
    private static final int NEIGHBOUR_SHAPE = 16;
    private static final int WORD_PAIR_BEFORE = 20;
    private static final int WORD_PAIR_AFTER = 21;
    private static final int SHAPE_TRIPLE = 22;
    private static final int START_SHAPE = 23;
    private static final int GAZETTEER = 24;
    private static final int GAZETTEER_BEFORE = 25;
    private static final int GAZETTEER_AFTER = 26;
    private static final int GIVEN_NAME = 27;
    private static final int SURNAME = 28;
    private static final int AFTER_GIVEN_NAME = 29;
    private static final int AFTER_TITLE = 30;
    private static final int BEFORE_ORGANISATION_CUE = 31;
    private static final int ORGANISATION_CUE = 32;
    private static final int BEFORE_PLACE_CUE = 33;
    private static final int CAPITALISED_RUN = 34;
    private static final int SHAPE_AND_GAZETTEER = 35;
    private static final int DEMONYM = 45;
    private static final int CAPITALISED_WORD_KNOWN = 46;
    private static final int CLUSTER = 36;
    private static final int NEIGHBOUR_CLUSTER = 40;

    private static final int NONE = 0x5bd1e995;
    private static final int CUE_REACH = 3;
    /** The first bits of a word's cluster make a coarser cluster, for the neighbours. */
    private static final int CLUSTER_COARSE = 4;

    private final AliasMatcher aliases;
    private final KnowledgeBase knowledgeBase;
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final WordClusters clusters;

    /** Features from the knowledge base and word clusters (null: none). */
    public TaggerFeatures(KnowledgeBase knowledgeBase, WordClusters clusters) {
        this.aliases = new AliasMatcher(knowledgeBase);
        this.knowledgeBase = knowledgeBase;
        this.clusters = clusters;
        for (KnowledgeEntry entry : knowledgeBase.entries()) {
            if (entry.type() != EntityType.PERSON) {
                continue;
            }
            for (String form : entry.surfaceForms()) {
                String[] words = form.split(" ");
                if (words.length >= 2) {
                    givenNames.add(words[0]);
                    surnames.add(words[words.length - 1]);
                }
            }
        }
    }

    /** Whether {@code word} opens the name of a person the knowledge base knows ("Leslie", "Nathan"). */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** The features of every token of {@code sentence}, whose tokens are {@code tokens}, one array per token. */
    public int[][] of(String sentence, List<Token> tokens) {
        TokenFeatures features = new TokenFeatures();
        write(sentence, tokens, features);
        return features.rows();
    }

    /** As {@link #of}, into {@code features} (emptied first), which the tagger reuses from sentence to sentence. */
    void write(String sentence, List<Token> tokens, TokenFeatures features) {
        features.clear();
        int n = tokens.size();
        int[] word = new int[n];
        int[] shape = new int[n];
        boolean[] capitalised = new boolean[n];
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            word[i] = FeatureHash.of(0, token.text());
            shape[i] = shapeHash(token.text());
            capitalised[i] = Character.isUpperCase(token.text().charAt(0));
            lower[i] = bare(token.text());
        }
        int[] gazetteer = gazetteer(sentence, tokens);
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            int found = clusters == null ? WordClusters.UNKNOWN : clusters.of(lower[i]);
            cluster[i] = found == WordClusters.UNKNOWN ? NONE : found;
        }
        for (int i = 0; i < n; i++) {
            String text = tokens.get(i).text();
            features.add(FeatureHash.of(BIAS, 0));
            features.add(FeatureHash.of(WORD, word[i]));
            features.add(FeatureHash.of(SHAPE, shape[i]));
            for (int a = 1; a <= 4 && a <= text.length(); a++) {
                features.add(FeatureHash.of(PREFIX + a - 1, text, 0, a));
                features.add(FeatureHash.of(SUFFIX + a - 1, text, text.length() - a, text.length()));
            }
            for (int d = 0; d < 4; d++) {
                int j = i + (d < 2 ? -(d + 1) : d - 1);
                features.add(FeatureHash.of(NEIGHBOUR_WORD + d, j >= 0 && j < n ? word[j] : NONE));
                features.add(FeatureHash.of(NEIGHBOUR_SHAPE + d, j >= 0 && j < n ? shape[j] : NONE));
            }
            features.add(FeatureHash.of(WORD_PAIR_BEFORE, i > 0 ? word[i - 1] : NONE, word[i]));
            features.add(FeatureHash.of(WORD_PAIR_AFTER, word[i], i + 1 < n ? word[i + 1] : NONE));
            features.add(FeatureHash.of(SHAPE_TRIPLE, FeatureHash.of(0, i > 0 ? shape[i - 1] : NONE, shape[i]),
                    i + 1 < n ? shape[i + 1] : NONE));
            if (startsSentence(tokens, i)) {
                features.add(FeatureHash.of(START_SHAPE, shape[i]));
            }
            if (clusters != null) {
                features.add(FeatureHash.of(CLUSTER, cluster[i]));
                features.add(FeatureHash.of(CLUSTER + 1, coarse(cluster[i])));
                features.add(FeatureHash.of(CLUSTER + 2, shape[i], cluster[i]));
                features.add(FeatureHash.of(NEIGHBOUR_CLUSTER, i > 0 ? coarse(cluster[i - 1]) : NONE));
                features.add(FeatureHash.of(NEIGHBOUR_CLUSTER + 1, i + 1 < n ? coarse(cluster[i + 1]) : NONE));
            }
            features.add(FeatureHash.of(GAZETTEER, gazetteer[i]));
            features.add(FeatureHash.of(SHAPE_AND_GAZETTEER, shape[i], gazetteer[i]));
            features.add(FeatureHash.of(GAZETTEER_BEFORE, i > 0 ? gazetteer[i - 1] : NONE));
            features.add(FeatureHash.of(GAZETTEER_AFTER, i + 1 < n ? gazetteer[i + 1] : NONE));
            if (capitalised[i]) {
                if (knowledgeBase.countryByDemonym(text).isPresent()) {
                    features.add(FeatureHash.of(DEMONYM, 1));
                }
                // A capitalised word the vectors lack is rare in running text, and rare capitalised words are names.
                if (clusters != null) {
                    features.add(FeatureHash.of(CAPITALISED_WORD_KNOWN, cluster[i] == NONE ? 0 : 1,
                            startsSentence(tokens, i) ? 1 : 0));
                }
                if (givenNames.contains(text)) {
                    features.add(FeatureHash.of(GIVEN_NAME, 1));
                }
                if (surnames.contains(text)) {
                    features.add(FeatureHash.of(SURNAME, 1));
                }
                if (i > 0 && givenNames.contains(tokens.get(i - 1).text())) {
                    features.add(FeatureHash.of(AFTER_GIVEN_NAME, 1));
                }
                if (i > 0 && capitalised[i - 1]) {
                    features.add(FeatureHash.of(CAPITALISED_RUN, i + 1 < n && capitalised[i + 1] ? 3 : 1));
                } else if (i + 1 < n && capitalised[i + 1]) {
                    features.add(FeatureHash.of(CAPITALISED_RUN, 2));
                }
                int title = cueBefore(lower, capitalised, i);
                if (title >= 0) {
                    features.add(FeatureHash.of(AFTER_TITLE, title));
                }
                int organisation = cueAfter(lower, capitalised, i, ORGANISATION_CUES);
                if (organisation >= 0) {
                    features.add(FeatureHash.of(BEFORE_ORGANISATION_CUE, organisation));
                }
                int place = cueAfter(lower, capitalised, i, PLACE_CUES);
                if (place >= 0) {
                    features.add(FeatureHash.of(BEFORE_PLACE_CUE, place));
                }
                if (ORGANISATION_CUES.contains(lower[i])) {
                    features.add(FeatureHash.of(ORGANISATION_CUE, 1));
                }
            }
            features.endToken();
        }
    }

    /** Per token, a hash of the knowledge-base type and B/I of the longest knowledge-base name covering it. */
    private int[] gazetteer(String sentence, List<Token> tokens) {
        int[] marks = new int[tokens.size()];
        Arrays.fill(marks, NONE);
        List<Mention> mentions = aliases.find(sentence);
        if (mentions.isEmpty()) {
            return marks;
        }
        int m = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            while (m < mentions.size() && mentions.get(m).end() <= token.start()) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() <= token.start() && token.end() <= mentions.get(m).end()) {
                Mention mention = mentions.get(m);
                marks[i] = mention.type().ordinal() * 2 + (mention.start() == token.start() ? 1 : 2);
            }
        }
        return marks;
    }

    private static int coarse(int cluster) {
        return cluster == NONE ? NONE : cluster >>> (WordClusters.DIMENSIONS - CLUSTER_COARSE);
    }

    /** How far before token {@code i} a title word stands over capitalised words (1 or 2), or -1. */
    private static int cueBefore(String[] lower, boolean[] capitalised, int i) {
        for (int j = i - 1; j >= 0 && j >= i - CUE_REACH; j--) {
            if (PersonTitles.isTitle(lower[j])) {
                return i - j;
            }
            if (!capitalised[j]) {
                return -1;
            }
        }
        return -1;
    }

    /** How far after token {@code i} a cue word stands over capitalised words ("of" allowed), or -1. */
    private static int cueAfter(String[] lower, boolean[] capitalised, int i, Set<String> cues) {
        for (int j = i + 1; j < lower.length && j <= i + CUE_REACH; j++) {
            if (cues.contains(lower[j]) && capitalised[j]) {
                return j - i;
            }
            if (!capitalised[j] && !lower[j].equals("of")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsSentence(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String before = tokens.get(i - 1).text();
        return before.length() == 1 && "\"“‘'([:-—".indexOf(before.charAt(0)) >= 0;
    }

    /** The word lower-cased without a final dot ("Mr." -> "mr"), to look up in the cue lists. */
    private static String bare(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.length() > 1 && lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** {@code FeatureHash.of(0, shapeOf(text))} without building the shape: every token of every sentence has one. */
    static int shapeHash(String text) {
        int h = FeatureHash.start(0);
        char last = 0;
        for (int i = 0, length = 0; i < text.length() && length < 8; i++) {
            char kind = kindOf(text.charAt(i));
            if (kind != last) {
                h = FeatureHash.add(h, kind);
                length++;
                last = kind;
            }
        }
        return FeatureHash.finish(h);
    }

    private static char kindOf(char c) {
        return Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
    }

    /** The word's letters as X, x and d, runs collapsed: "McCain" -> "XxXx", "U.S." -> "X.X.", "1990s" -> "dx". */
    static String shapeOf(String text) {
        StringBuilder shape = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < text.length() && shape.length() < 8; i++) {
            char c = text.charAt(i);
            char kind = kindOf(c);
            if (kind != last) {
                shape.append(kind);
                last = kind;
            }
        }
        return shape.toString();
    }
}
