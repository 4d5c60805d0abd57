package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTextFinderTest {

    private final BoilerplateRemover remover = BoilerplateRemover.bundled();
    private final TitleExtractor titles = new TitleExtractor();

    private static final List<String> MENU = List.of("Skip to content", "Home", "World", "Business", "Sport", "Culture",
            "Weather", "Sign in");
    private static final String HEADLINE = "Harbour Pilots Strike Over Night Shifts in the Northern Port";
    private static final String STANDFIRST = "Pilots say the new rota leaves a single crew to guide every tanker in "
            + "and out between midnight and six, and the port authority says it has no money for a second one.";
    private static final List<String> ARTICLE = List.of(
            "Ships queued outside the northern port on Tuesday after the harbour pilots walked out over a rota that "
                    + "halves the night crews, the pilots' union said in a statement.",
            "The port authority said it regretted the action and that talks would resume on Thursday with a mediator "
                    + "appointed by the regional government, which owns a third of the port.",
            "What the rota changes",
            "Under the new plan one crew of four pilots covers the whole night, where two crews of four did before, "
                    + "and a tanker that arrives late waits for the morning tide.",
            "Shipping agents said the queue had already cost the port two days of traffic and that some lines were "
                    + "sending their vessels to the southern terminals instead.");

    private static List<String> page() {
        List<String> lines = new ArrayList<>(MENU);
        lines.addAll(List.of("", "News | World | Ports", "", HEADLINE, "", STANDFIRST, "", "By Ada Lindqvist",
                "Posted at 1:06 PM", "Updated 14.05.2024, 10:40", "Share on Facebook", "", "Pilots at the quay on "
                        + "Tuesday. (Jane Example/Newswire)", ""));
        for (String paragraph : ARTICLE) {
            lines.add(paragraph);
            lines.add("");
        }
        lines.addAll(List.of("Advertisement", "", "Related Articles", "",
                "Tanker queue grows as talks stall in the south",
                "Ferry operators warn of a summer of delays on the coast",
                "Port authority names new chief after a year without one", "",
                "Most popular", "", "Five things to know about the port budget", "Weather warning for the coast"));
        lines.addAll(MENU);
        return lines;
    }

    @Test
    void scrapedPageKeepsHeadlineStandfirstBylineAndArticleAndDropsTheRest() {
        TitleExtractor.Titled titled = titles.extract(null, remover.clean(page()));

        assertThat(titled.title()).isEqualTo(HEADLINE);
        List<String> expected = new ArrayList<>();
        expected.add(STANDFIRST);
        // The byline stays for the authors step, which reads the body.
        expected.add("By Ada Lindqvist");
        expected.addAll(ARTICLE);
        assertThat(titled.bodyLines()).isEqualTo(expected);
    }

    @Test
    void labelStampedAllOverThePageIsCutWhereItIsGluedToText() {
        List<String> paragraphs = List.of(ARTICLE.get(0), ARTICLE.get(1), ARTICLE.get(3), ARTICLE.get(4));
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.add("Story continues");
            lines.add("Story continues " + paragraph);
        }

        assertThat(remover.clean(lines)).isEqualTo(paragraphs);
    }

    @Test
    void textWithoutAnyProseKeepsItsLinesButNotItsFurniture() {
        assertThat(remover.clean(List.of("Markets Close Higher on Trade Hopes", "Share", "Stocks up"))).containsExactly(
                "Markets Close Higher on Trade Hopes", "Stocks up");
    }

    @Test
    void shortSentencesNextToTheArticleStayWithIt() {
        List<String> lines = List.of("Ferry Crews End Strike in Odesa", "Crews went back on Monday.", ARTICLE.get(0), "Share this:",
                "The mayor thanked them.");

        assertThat(remover.clean(lines)).containsExactly("Ferry Crews End Strike in Odesa", "Crews went back on Monday.",
                ARTICLE.get(0), "The mayor thanked them.");
    }

    @Test
    void menuRunInsideTheArticleGoesButASectionHeadingStays() {
        String more = "The union said its members would return as soon as a second crew was back on the rota, and that "
                + "it had offered to work longer shifts for a month while the authority found the money for one.";
        String last = "The regional government said it would not step in before the mediator had reported, which it "
                + "expects to happen within a fortnight, and urged both sides to keep the tankers moving meanwhile.";
        List<String> lines = List.of(ARTICLE.get(0), ARTICLE.get(1), "What the rota changes", ARTICLE.get(3), "Home",
                "News", "Video", "Audio", ARTICLE.get(4), more, last);

        assertThat(remover.clean(lines)).containsExactly(ARTICLE.get(0), ARTICLE.get(1), "What the rota changes",
                ARTICLE.get(3), ARTICLE.get(4), more, last);
    }
}
