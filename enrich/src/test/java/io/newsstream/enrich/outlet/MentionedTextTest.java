package io.newsstream.enrich.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.entities.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionedTextTest {

    private final OutletCatalog catalog = OutletCatalog.of(KnowledgeBase.bundled().outlets());
    private final String text = "Reuters\nPORT AVEL (AP) - told the New York Times.\nSource: BBC\nReuters";

    @Test
    void partsCutAtLineBreaksNameWhatAScanOfThemWould() {
        MentionedText scanned = MentionedText.scan(catalog, text);
        int secondLine = text.indexOf('\n') + 1;
        int thirdLine = text.indexOf('\n', secondLine) + 1;

        assertThat(scanned.head(thirdLine)).isEqualTo(MentionedText.scan(catalog, text.substring(0, thirdLine)));
        assertThat(scanned.head(text.length())).isEqualTo(scanned);
        assertThat(scanned.tail(secondLine)).isEqualTo(MentionedText.scan(catalog, text.substring(secondLine)));
        assertThat(scanned.tail(0)).isEqualTo(scanned);
    }

    @Test
    void aTitleJoinedOnALineBreakNamesWhatAScanOfTheWholeWould() {
        String title = "AP: Reuters";
        MentionedText joined = MentionedText.joined(MentionedText.scan(catalog, title), MentionedText.scan(catalog, text));

        assertThat(joined).isEqualTo(MentionedText.scan(catalog, title + "\n" + text));
        assertThat(joined.mentions()).extracting(OutletMention::written).startsWith("AP", "Reuters", "Reuters", "AP");
    }

    @Test
    void anOutletNameHoldingALineBreakIsRefused() {
        KnownOutlet split = new KnownOutlet("split", "Split\nTimes", List.of(), List.of(), null);

        assertThatThrownBy(() -> OutletCatalog.of(List.of(split))).isInstanceOf(IllegalArgumentException.class);
    }
}
