package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TitleChooserTest {

    private final TitleChooser chooser = new TitleChooser();

    @Test
    void theMostTrustedTitleWinsWhenTheSourcesDisagree() {
        assertThat(chooser.choose(Arrays.asList(null, "Harbour closes for the winter", "Winter comes to the harbour")))
                .isEqualTo("Harbour closes for the winter");
    }

    @Test
    void aTrailingSectionLabelGivesWayToTheSameHeadlineWithoutIt() {
        assertThat(chooser.choose(Arrays.asList("항구가 겨울에 문을 닫는다-사회", null, "항구가 겨울에 문을 닫는다")))
                .isEqualTo("항구가 겨울에 문을 닫는다");
        assertThat(chooser.choose(Arrays.asList("Hafen schließt im Winter - Lokales Leben", "Hafen schließt im Winter")))
                .isEqualTo("Hafen schließt im Winter");
    }

    @Test
    void aLongerTailIsPartOfTheHeadline() {
        assertThat(chooser.choose(Arrays.asList("Harbour closes - and the town has four questions left",
                "Harbour closes"))).isEqualTo("Harbour closes - and the town has four questions left");
    }

    @Test
    void aKickerJoinedByADashGivesWayToThePagesOwnColon() {
        assertThat(chooser.choose(Arrays.asList("Winter storms - Harbour closes early", "Winter storms: Harbour closes early")))
                .isEqualTo("Winter storms: Harbour closes early");
        assertThat(chooser.choose(Arrays.asList("Winter storms - Harbour closes early", "Winter storms: Harbour shut")))
                .isEqualTo("Winter storms - Harbour closes early");
    }

    @Test
    void noTitleGivesNull() {
        assertThat(chooser.choose(Arrays.asList(null, null))).isNull();
    }
}
