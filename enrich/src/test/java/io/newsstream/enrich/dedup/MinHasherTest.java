package io.newsstream.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static final String STORY = """
            The city council voted on Tuesday to close the old harbour bridge for repairs that engineers say will \
            take at least eighteen months. Traffic will be sent over the northern ring road, which the council \
            widened last year. Shop owners near the bridge said they feared losing customers during the works, \
            and asked for lower rents. The mayor said the bridge, opened in 1931, carries 42,000 vehicles a day \
            and that inspectors had found corrosion in three of its main supports. Work is due to start in March.""";

    private final MinHasher hasher = new MinHasher(120, 5);

    @Test
    void sameTextGivesTheSameSignatureInEveryInstance() {
        assertThat(new MinHasher(120, 5).signature(STORY)).isEqualTo(hasher.signature(STORY));
        assertThat(MinHasher.similarity(hasher.signature(STORY), hasher.signature(STORY))).isEqualTo(1.0);
    }

    @Test
    void typographyAndCaseDoNotChangeTheSignature() {
        String retyped = STORY.toUpperCase().replace("'", "\u2019").replace(",", " ,").replace(".", " . ");
        assertThat(hasher.signature(retyped)).isEqualTo(hasher.signature(STORY));
    }

    @Test
    void similarityEstimatesTheJaccardOfTheShingleSets() {
        String trimmed = STORY.substring(0, STORY.indexOf(" The mayor said")) + " Readers can reach the newsroom at 555-0100.";
        double exact = jaccard(shingles(STORY), shingles(trimmed));
        double estimate = MinHasher.similarity(hasher.signature(STORY), hasher.signature(trimmed));
        assertThat(exact).isBetween(0.4, 0.8);
        assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
    }

    @Test
    void changedNumbersAreEdits() {
        String changed = STORY.replace("42,000", "24,000").replace("1931", "1913");
        double similarity = MinHasher.similarity(hasher.signature(STORY), hasher.signature(changed));
        assertThat(similarity).isLessThan(1.0).isGreaterThan(0.6);
    }

    @Test
    void emptyTextHasNoSignatureAndIsSimilarToNothing() {
        assertThat(hasher.signature(" ... ")).isEmpty();
        assertThat(MinHasher.similarity(new int[0], new int[0])).isZero();
    }

    @Test
    void bandsOfEqualSignaturesMeetAndBandsOfUnrelatedTextsDoNot() {
        LshBands bands = new LshBands(40, 3);
        List<String> story = bands.keys(hasher.signature(STORY));
        assertThat(story).hasSize(40).doesNotHaveDuplicates();
        assertThat(bands.keys(hasher.signature(STORY))).isEqualTo(story);
        List<String> other = bands.keys(hasher.signature("""
                Farmers in the valley expect a smaller apple harvest after a late frost damaged blossom in April, \
                the growers' association said, and prices at the market have already risen by a tenth."""));
        assertThat(other).doesNotContainAnyElementsOf(story);
    }

    @Test
    void estimatesOfKnownOverlapsAreWithinTheirErrorOnLongAndShortTexts() {
        SplittableRandom random = new SplittableRandom(7);
        for (int words : new int[] {700, 40}) {
            double error = 0;
            double bias = 0;
            int pairs = 200;
            for (int pair = 0; pair < pairs; pair++) {
                List<String> text = randomWords(random, words);
                // Replace a random share of the words: the shingle sets then overlap by some known Jaccard.
                List<String> edited = new ArrayList<>(text);
                double share = random.nextDouble(0.02, 0.2);
                for (int i = 0; i < words; i++) {
                    if (random.nextDouble() < share) {
                        edited.set(i, "x" + random.nextInt(1_000_000));
                    }
                }
                double exact = jaccard(shingles(String.join(" ", text)), shingles(String.join(" ", edited)));
                double estimate = MinHasher.similarity(hasher.signature(text), hasher.signature(edited));
                error += Math.abs(estimate - exact);
                bias += estimate - exact;
            }
            // One signature's standard error is at most 0.046 (at 0.5, 120 bins); the mean of 200 pairs is near 0.
            assertThat(error / pairs).as("mean error, %d words", words).isLessThan(0.05);
            assertThat(bias / pairs).as("bias, %d words", words).isCloseTo(0, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void shortTextsFillEveryBinFromTheirOwnShingles() {
        List<String> words = List.of("one", "two", "three", "four", "five", "six", "seven");
        int[] signature = hasher.signature(words);
        assertThat(signature).hasSize(120);
        // Three shingles: every bin holds one of their three values.
        assertThat(Arrays.stream(signature).distinct().count()).isEqualTo(3);
        assertThat(hasher.signature(words)).isEqualTo(signature);
        assertThat(MinHasher.similarity(signature, hasher.signature(List.of("eight", "nine", "ten", "eleven", "twelve"))))
                .isZero();
    }

    private static List<String> randomWords(SplittableRandom random, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(5_000));
        }
        return words;
    }

    private static Set<String> shingles(String text) {
        List<String> words = ShingleText.words(text);
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + 5)));
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
