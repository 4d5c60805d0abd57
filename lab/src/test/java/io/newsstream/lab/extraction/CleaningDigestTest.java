package io.newsstream.lab.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CleaningDigestTest {

    // What the cleaning made of the 193 news-pages texts and the 3 samples when issue 12 made it faster: a change of
    // speed alone must leave it as it is. A change of the cleaning rules records the new digest here, on purpose.
    private static final String RECORDED = "b1a4352d29cfafc04f5fa502a586d162e830bc4a3aa5e9bbf1c6db5045214b7c";
    private static final int TEXTS = 196;

    @Test
    void cleaningOfTheSharedTextsIsUnchanged() {
        Optional<Path> datasets = SharedDatasets.root();
        Assumptions.assumeTrue(datasets.isPresent(), SharedDatasets.ABSENT);

        CleaningDigest.Digest digest = new CleaningDigest().digest(CleaningDigest.sharedTexts(datasets.get()));

        assertThat(digest.texts()).isEqualTo(TEXTS);
        assertThat(digest.sha256()).isEqualTo(RECORDED);
    }
}
