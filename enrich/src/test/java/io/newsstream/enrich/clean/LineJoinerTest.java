package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinerTest {

    @Test
    void linesOfOneBlockThatContinueEachOtherAreJoined() {
        List<String> lines = List.of("Harbour strike:", "Pilots walk out", "", "The port said it would", "reopen on Monday.",
                "", "14.05.2024", ", 10:40");

        assertThat(LineJoiner.join(lines)).containsExactly("Harbour strike: Pilots walk out",
                "The port said it would reopen on Monday.", "14.05.2024, 10:40");
    }

    @Test
    void ideographicTextIsJoinedWithoutASpace() {
        assertThat(LineJoiner.join(List.of("港の", "水先人が", "ストを始めた。", "", "次"))).containsExactly("港の水先人がストを始めた。", "次");
    }

    @Test
    void sentencesAndCapitalisedLinesStaySeparateAsDoesTextWithoutBlankLines() {
        assertThat(LineJoiner.join(List.of("Pilots Walk Out", "The port closed.", "it reopened", "", "Next")))
                .containsExactly("Pilots Walk Out", "The port closed.", "it reopened", "Next");
        assertThat(LineJoiner.join(List.of("The port said it would", "reopen on Monday.")))
                .containsExactly("The port said it would", "reopen on Monday.");
    }
}
