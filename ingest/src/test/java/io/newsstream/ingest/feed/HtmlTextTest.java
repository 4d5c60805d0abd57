package io.newsstream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsHeadingsAndListItemsAreSeparatedAndTagsDropped() {
        String html = "<h2>Council votes</h2><p>The council voted <em>7 to 2</em>\n   for the new bridge.</p>"
                + "<ul><li>Cost: &euro;4&nbsp;million</li><li>Opens in 2027</li></ul><p>Line one<br>line two</p>";

        assertThat(HtmlText.of(html)).isEqualTo(
                "Council votes\n\nThe council voted 7 to 2 for the new bridge.\n\nCost: €4 million\n\nOpens in 2027\n\nLine one\nline two");
    }

    @Test
    void scriptsAndStylesAreNotText() {
        assertThat(HtmlText.of("<style>p{color:red}</style><p>Rain tomorrow.</p><script>alert('x')</script>"))
                .isEqualTo("Rain tomorrow.");
    }

    @Test
    void plainTextKeepsItsParagraphsAndDecodesEntities() {
        assertThat(HtmlText.of("Bakers &amp; millers met on Monday.\n\n  They agreed on prices.  "))
                .isEqualTo("Bakers & millers met on Monday.\n\nThey agreed on prices.");
    }

    @Test
    void nothingGivesEmptyText() {
        assertThat(HtmlText.of((String) null)).isEmpty();
        assertThat(HtmlText.of("<img src='harbour.jpg'>")).isEmpty();
    }
}
