package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortrayalFeaturesTest {

    private static final PortrayalFeatures SPARSE = new PortrayalFeatures(PortrayalFeatures.DEFAULT_TEMPLATES.stream()
            .filter(t -> t != PortrayalFeatures.Template.VECTORS).collect(() -> EnumSet.noneOf(PortrayalFeatures.Template.class),
                    EnumSet::add, EnumSet::addAll), 18, null);

    @Test
    void theTargetsOwnNameDoesNotMatterOnlyWhatSurroundsIt() {
        String a = "The council praised Maria Lopez for her work.";
        String b = "The council praised Tom Birch for her work.";
        assertThat(SPARSE.extract(a, 20, 31).ids()).containsExactly(SPARSE.extract(b, 20, 29).ids());
    }

    @Test
    void whichMentionIsTheTargetChangesTheFeatures() {
        String sentence = "Anna Berg accused Paul Ward of lying.";
        assertThat(SPARSE.extract(sentence, 0, 9).ids()).isNotEqualTo(SPARSE.extract(sentence, 18, 27).ids());
    }

    @Test
    void negationChangesTheFeaturesOfTheWordsItCovers() {
        assertThat(SPARSE.extract("Kim is honest.", 0, 3).ids())
                .isNotEqualTo(SPARSE.extract("Kim is not honest.", 0, 3).ids());
    }

    @Test
    void idsStayWithinTheBuckets() {
        int[] ids = SPARSE.extract("\u201CWe will win,\u201D said Ruth Adler, smiling.", 22, 32).ids();
        assertThat(ids).isNotEmpty();
        assertThat(java.util.Arrays.stream(ids).boxed().toList()).allSatisfy(id -> assertThat(id).isBetween(0, (1 << 18) - 1));
    }

    @Test
    void offsetsOutsideTheSentenceStillGiveFeatures() {
        assertThat(SPARSE.extract("Short one.", 40, 45).ids()).isNotEmpty();
    }

    @Test
    void vectorsAverageTheKnownWordsAroundTheTarget() {
        WordVectors vectors = new WordVectors(2, Map.of("good", new float[] {1, 0}, "bad", new float[] {0, 1}));
        PortrayalFeatures features = new PortrayalFeatures(EnumSet.of(PortrayalFeatures.Template.VECTORS), 18, vectors);
        float[] dense = features.extract("good Lee bad", 5, 8).dense();
        assertThat(features.denseSize()).isEqualTo(PortrayalFeatures.VECTOR_GROUPS * 2);
        // Sentence mean, then the left window (only "good"), then the right window (only "bad").
        assertThat(dense[0]).isEqualTo(0.5f);
        assertThat(dense[1]).isEqualTo(0.5f);
        assertThat(dense[2]).isEqualTo(1f);
        assertThat(dense[3]).isEqualTo(0f);
        assertThat(dense[4]).isEqualTo(0f);
        assertThat(dense[5]).isEqualTo(1f);
    }

    @Test
    void aNegatedWordPullsTheOtherWay() {
        WordVectors vectors = new WordVectors(1, Map.of("good", new float[] {1}));
        PortrayalFeatures features = new PortrayalFeatures(EnumSet.of(PortrayalFeatures.Template.VECTORS), 18, vectors);
        assertThat(features.extract("Lee is not good", 0, 3).dense()[0]).isEqualTo(-1f);
    }
}
