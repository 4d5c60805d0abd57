package io.newsstream.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesBecomeLowerCaseIdsWithoutAccents() {
        assertThat(Slugs.of("Sergei Lavrov")).isEqualTo("sergei-lavrov");
        assertThat(Slugs.of("Recep Tayyip Erdoğan")).isEqualTo("recep-tayyip-erdogan");
        assertThat(Slugs.of(" -U.S. Department of State- ")).isEqualTo("u-s-department-of-state");
        assertThat(Slugs.of("...")).isEmpty();
    }

    @Test
    void theAsciiShortcutGivesWhatTheGeneralRulesGive() {
        Random random = new Random(11);
        String alphabet = "aZz09 -.'&_/AbqQ\t";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Slugs.asciiSlug(name.toString())).as(name.toString()).isEqualTo(Slugs.anySlug(name.toString()));
        }
    }
}
