package io.newsstream.lab.extraction;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparison rules of the metadata figures, one method per field.
 *
 * <ul>
 *   <li><b>Title</b>: correct when equal after {@link #normalisedText}: Unicode NFKC, invisible format characters
 *       (zero-width spaces, soft hyphens) removed, typographic quotes and dashes made plain, whitespace collapsed,
 *       case folded.</li>
 *   <li><b>Authors</b>: each page's names normalised as titles are, then matched as multisets: a found name equal to
 *       an expected one is a true positive, an unmatched found name a false positive, an unmatched expected one a
 *       false negative. Counts are summed over all pages before precision, recall and F1 are taken (micro average),
 *       so a page with nine authors weighs nine times a page with one; a page whose truth lists no author adds only
 *       its found names, as false positives.</li>
 *   <li><b>Date</b>: correct when the found instant falls on the same calendar day as the truth, both seen in the
 *       truth's own UTC offset (UTC when the truth gives none).</li>
 *   <li><b>Publisher</b>: both names reduced by {@link #publisherWords}: NFKD without accents, case folded, a name
 *       written as a host reduced to its name label ("merkur.de" is "merkur", "news.example.co.uk" is "example"),
 *       "&amp;" as "and", every run of non-letters and non-digits a single space, a leading article dropped (the,
 *       der, die, das, le, la, les, el, il, lo, het, de). Correct when the two word sequences are equal, when one
 *       occurs inside the other as a run of whole words ("Times of India" in "The Times of India", "BBC" in "BBC
 *       News"), or when the names are equal with the spaces removed ("SeznamZpravy" and "Seznam Zprávy"; "ELMUNDO"
 *       and "El Mundo", where the article stays for this comparison). Names in different scripts or languages
 *       ("朝日新聞デジタル" and "Asahi Shimbun") and abbreviations ("WDR") do not match.</li>
 * </ul>
 */
public final class FieldScores {

    /** A name written as a host ("merkur.de", "www.example.co.uk"). */
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}.\\-]+\\.[a-z]{2,}");
    /** Leading articles publishers put before their name and others leave off ("DER SPIEGEL", "Le Monde"). */
    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "das", "le", "la", "les", "el", "il",
            "lo", "het", "de");

    private FieldScores() {
    }

    public static boolean titleCorrect(String truth, String found) {
        return truth != null && found != null && normalisedText(truth).equals(normalisedText(found));
    }

    public static boolean dateCorrect(Instant truth, ZoneOffset truthOffset, Instant found) {
        if (truth == null || found == null) {
            return false;
        }
        ZoneOffset offset = truthOffset == null ? ZoneOffset.UTC : truthOffset;
        return truth.atOffset(offset).toLocalDate().equals(found.atOffset(offset).toLocalDate());
    }

    public static boolean publisherCorrect(String truth, String found) {
        if (truth == null || found == null) {
            return false;
        }
        List<String> expected = publisherWords(truth);
        List<String> given = publisherWords(found);
        if (expected.isEmpty() || given.isEmpty()) {
            return false;
        }
        return expected.equals(given) || Collections.indexOfSubList(expected, given) >= 0
                || Collections.indexOfSubList(given, expected) >= 0
                || String.join("", expected).equals(String.join("", given))
                || joined(truth).equals(joined(found));
    }

    /** True positives, false positives and false negatives of one page's author names. */
    public record AuthorCounts(int truePositives, int falsePositives, int falseNegatives) {

        public AuthorCounts plus(AuthorCounts other) {
            return new AuthorCounts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static AuthorCounts authors(List<String> truth, List<String> found) {
        Map<String, Integer> expected = new HashMap<>();
        for (String name : truth == null ? List.<String>of() : truth) {
            expected.merge(normalisedText(name), 1, Integer::sum);
        }
        int truePositives = 0;
        int falsePositives = 0;
        for (String name : found == null ? List.<String>of() : found) {
            String key = normalisedText(name);
            int left = expected.getOrDefault(key, 0);
            if (left > 0) {
                expected.put(key, left - 1);
                truePositives++;
            } else {
                falsePositives++;
            }
        }
        int falseNegatives = expected.values().stream().mapToInt(Integer::intValue).sum();
        return new AuthorCounts(truePositives, falsePositives, falseNegatives);
    }

    /** NFKC, invisible format characters removed, plain quotes and dashes, whitespace collapsed, case folded. */
    public static String normalisedText(String text) {
        String normal = Normalizer.normalize(Objects.requireNonNull(text), Normalizer.Form.NFKC)
                .replaceAll("\\p{Cf}+", "")
                .replaceAll("[\"“”„‟«»‹›″〝〞＂]", "\"")
                .replaceAll("['‘’‚‛′`´]", "'")
                .replaceAll("[\\p{Pd}−]", "-")
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip();
        return normal.toLowerCase(Locale.ROOT);
    }

    /** The name in a host: its last label before the suffix labels of three letters or fewer ("bbc.co.uk" is "bbc"). */
    private static String hostName(String host) {
        List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
        labels.remove("www");
        while (labels.size() > 1 && labels.get(labels.size() - 1).length() <= 3) {
            labels.remove(labels.size() - 1);
        }
        return labels.get(labels.size() - 1);
    }

    /** The name's letters and digits without spaces, article kept: "ELMUNDO" is "El Mundo". */
    private static String joined(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** NFKD without accents, case folded, a host as its name label, "&" as "and", words, a leading article dropped. */
    public static List<String> publisherWords(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip().replace("&", " and ");
        if (HOST.matcher(bare).matches()) {
            bare = hostName(bare);
        }
        List<String> words = new ArrayList<>();
        for (String word : bare.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }
}
