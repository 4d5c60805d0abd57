package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.clean.TextSanitizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Instant NOW = Instant.parse("2025-03-04T10:15:30Z");
    private final Enricher enricher = Enricher.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private static RawArticle raw(String title, String text, String language) {
        return new RawArticle("a1b2c3", "https://www.dw.com/en/ferries/a-1", title, text, null, language,
                Instant.parse("2025-03-04T08:00:00Z"), Instant.parse("2025-03-04T09:00:00Z"), Channel.HTTP, null);
    }

    @Test
    void bylineNamesTheAuthorsWhoAreAlsoPeopleOfTheArticle() {
        String text = """
                Ferry crews end strike
                By Jordan Whitley and Mara Vint, Harbour Gazette
                Ferry crews in Odesa returned to work on Monday.
                """;

        EnrichedArticle article = enricher.enrich(raw(null, text, null));

        assertThat(article.authors()).containsExactly("Jordan Whitley", "Mara Vint");
        assertThat(article.entities()).extracting(Entity::name).contains("Jordan Whitley", "Mara Vint").doesNotContain("Jordan");
    }

    @Test
    void enrichmentCleansTitlesCountsAndFindsEntitiesAndOutlets() {
        String text = """
                Ferry Crews End Strike in Odesa
                Ferry crews in Odessa returned to work on Monday, according to Reuters.
                Share this:
                Foreign Minister Dmytro Kuleba welcomed the deal.
                Exit mobile version
                """;

        EnrichedArticle article = enricher.enrich(raw(null, text, null));

        assertThat(article.title()).isEqualTo("Ferry Crews End Strike in Odesa");
        assertThat(article.body()).isEqualTo("Ferry crews in Odessa returned to work on Monday, according to Reuters.\n\n"
                + "Foreign Minister Dmytro Kuleba welcomed the deal.");
        assertThat(article.wordCount()).isEqualTo(19);
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.entities()).extracting(Entity::id).containsExactlyInAnyOrder("odesa", "dmytro-kuleba", "reuters");
        assertThat(article.outlet().publisher().id()).isEqualTo("dw");
        assertThat(article.outlet().cited()).singleElement().satisfies(cited -> assertThat(cited.id()).isEqualTo("reuters"));
    }

    @Test
    void publisherNamingItselfInItsTextIsTheOutletNotAnEntityButACitedOutletIsBoth() {
        String text = "Ferry crews in Odesa returned to work, a union leader told DW. Reuters reported the deal first.";

        EnrichedArticle article = enricher.enrich(raw(null, text, null));

        assertThat(article.outlet().publisher().id()).isEqualTo("dw");
        assertThat(article.entities()).extracting(Entity::id).contains("reuters").doesNotContain("dw");
    }

    @Test
    void stancesComeFromTheHeadlineAndBodyWithSpeakersByCanonicalName() {
        String text = """
                Editorial: Europe should tighten the sanctions on Russia
                The sanctions on Russia leak through the shadow fleet. Governments must close the loopholes.
                "Lifting sanctions now would be a mistake," Kaja Kallas said.
                """;

        EnrichedArticle article = enricher.enrich(raw(null, text, null));

        assertThat(article.stances()).singleElement().satisfies(stance -> {
            assertThat(stance.target()).isEqualTo("sanctions-russia");
            assertThat(stance.label()).isEqualTo(io.newsstream.core.article.StanceLabel.FAVOR);
            assertThat(stance.evidence()).contains("Editorial: Europe should tighten the sanctions on Russia");
            assertThat(stance.speakers()).singleElement().satisfies(speaker -> {
                assertThat(speaker.entity()).isEqualTo("Kaja Kallas");
                assertThat(speaker.label()).isEqualTo(io.newsstream.core.article.StanceLabel.FAVOR);
                assertThat(article.body()).contains(speaker.evidence());
            });
        });
    }

    @Test
    void withoutStanceTheStanceFieldsStayEmptyAndTheRestIsTheSame() {
        String text = """
                Editorial: Europe should tighten the sanctions on Russia
                The sanctions on Russia leak through the shadow fleet. Governments must close the loopholes.
                "Lifting sanctions now would be a mistake," Kaja Kallas said.
                """;
        Enricher plain = Enricher.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).withoutStance().build();

        EnrichedArticle full = enricher.enrich(raw(null, text, null));
        EnrichedArticle without = plain.enrich(raw(null, text, null));

        assertThat(full.entityStances()).isNotEmpty();
        assertThat(without.stances()).isEmpty();
        assertThat(without.entityStances()).isEmpty();
        assertThat(without.entities()).isEqualTo(full.entities());
    }

    @Test
    void enrichmentStampsTimeVersionAndDefaultsAndKeepsRawFields() {
        RawArticle raw = raw("Ferry Crews End Strike", "Crews returned to work.", null);

        EnrichedArticle article = enricher.enrich(raw);

        assertThat(article.enrichedAt()).isEqualTo(NOW);
        assertThat(article.enricherVersion()).isEqualTo(Enricher.VERSION);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.stances()).isEmpty();
        assertThat(article.duplicateOf()).isNull();
        assertThat(article.id()).isEqualTo(raw.id());
        assertThat(article.url()).isEqualTo(raw.url());
        assertThat(article.publishedAt()).isEqualTo(raw.publishedAt());
        assertThat(article.receivedAt()).isEqualTo(raw.receivedAt());
        assertThat(article.channel()).isEqualTo(Channel.HTTP);
    }

    @Test
    void binaryTextIsRefusedWithTheReason() {
        RawArticle binary = raw(null, "\u0000\u0001\u0002\u0003GIF89a\u0000\u0007\u0008\u0000", null);

        assertThatThrownBy(() -> enricher.enrich(binary))
                .isInstanceOf(TextSanitizer.UnreadableTextException.class)
                .hasMessageContaining("text looks binary");
    }

    @Test
    void strayControlCharactersAreDroppedFromTheBodyButTheTextIsKeptAsReceived() {
        String text = "Ferry Crews End Strike\nCrews in Odesa\u0007 returned\u0000 to work.";

        EnrichedArticle article = enricher.enrich(raw(null, text, null));

        assertThat(article.body()).isEqualTo("Crews in Odesa returned to work.");
        assertThat(article.text()).isEqualTo(text);
    }

    @Test
    void textEmptyAfterCleaningGivesAnEmptyBodyAndNoEntities() {
        EnrichedArticle article = enricher.enrich(raw(null, "Share this:\nExit mobile version\nfbpx\n", null));

        assertThat(article.body()).isEmpty();
        assertThat(article.wordCount()).isZero();
        assertThat(article.entities()).isEmpty();
        assertThat(article.language()).isEqualTo("und");
        assertThat(article.outlet().publisher().id()).isEqualTo("dw");
    }

    @Test
    void enormousTextIsCutToBoundedWorkEntitiesFromItsBeginningOutletsFromBothEnds() {
        Enricher bounded = Enricher.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).maxBodyChars(2000).build();
        String filler = "The tide came in and the tide went out again.\n".repeat(200);
        String text = "Harbour Strike Drags On\nDock workers in Odesa stayed out.\n" + filler
                + "Late talks moved to Istanbul.\nBy Nora Lind, NPR";

        EnrichedArticle article = bounded.enrich(new RawArticle("big", null, null, text, null, null, null,
                Instant.parse("2025-03-04T09:00:00Z"), Channel.HTTP, null));

        assertThat(article.body().length()).isGreaterThan(2000).isLessThan(text.length());
        assertThat(article.entities()).extracting(Entity::id).contains("odesa").doesNotContain("istanbul");
        assertThat(article.outlet().publisher().id()).isEqualTo("npr");
    }

    @Test
    void megabyteTextsOfPathologicalShapesAreEnrichedWithoutStallingOrOverflowingTheStack() {
        List<String> shapes = List.of("\n".repeat(1_000_000), " \t \n".repeat(250_000), "ab/".repeat(330_000),
                "(".repeat(500_000) + "/" + ")".repeat(500_000), "Source: ".repeat(125_000), "KYIV ".repeat(200_000),
                "Reuters said AP told CNN. ".repeat(40_000), "President Anna Berg met Joe Biden in Kyiv. Berg said so. ".repeat(18_000),
                "a" + " ".repeat(1_000_000) + "b");

        // A guard against catastrophic backtracking (minutes, or a StackOverflowError), not a performance claim.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String shape : shapes) {
                assertThat(enricher.enrich(raw(null, shape, null)).body().length()).isLessThanOrEqualTo(shape.length());
            }
        });
    }

    @Test
    void aParagraphOf600KbAndAQuoteChainOf298KbAreEnrichedWithStancesOnlyFromRealParagraphs() {
        String paragraph = "President Anna Berg told Reuters the peace talks in Kyiv had failed, and Joe Biden said "
                + "\u201cthe talks are good\u201d, ".repeat(600_000 / 120);
        String quoteChain = "\u201cBerg said \u2018Biden said ".repeat(298_000 / 26);
        String shortParagraph = "Joe Biden said the peace talks in Kyiv were a failure.";

        // Completing is the point: the stance steps skip both long paragraphs instead of grinding through them.
        for (String text : List.of(paragraph, quoteChain)) {
            EnrichedArticle article = enricher.enrich(raw(null, text + "\n\n" + shortParagraph, "en"));

            assertThat(article.entities()).extracting(Entity::name).contains("Joe Biden");
            assertThat(article.entityStances()).allSatisfy(stance ->
                    assertThat(stance.evidence()).allSatisfy(evidence -> assertThat(shortParagraph).contains(evidence)));
        }
    }

    @Test
    void longParagraphsAreBlankedForTheStanceStepsKeepingEveryOffset() {
        String longParagraph = "x".repeat(Enricher.MAX_STANCE_PARAGRAPH_CHARS + 1);
        String body = "Short one.\n\n" + longParagraph + "\n\nAnother short one.";

        String prose = Enricher.withoutLongParagraphs(body);

        assertThat(prose).hasSameSizeAs(body).startsWith("Short one.\n\n").endsWith("\n\nAnother short one.");
        assertThat(prose.substring(12, 12 + longParagraph.length())).isBlank();
        assertThat(Enricher.withoutLongParagraphs("Short one.")).isEqualTo("Short one.");
    }

    @Test
    void stackOverflowInAStepBecomesAnExceptionSoOnlyThisArticleIsDeadLettered() {
        Enricher overflowing = Enricher.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).entities(body -> {
            throw new StackOverflowError();
        }).build();

        assertThatThrownBy(() -> overflowing.enrich(raw(null, "Crews returned to work.", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("overflowed the stack");
    }

    @Test
    void languageIsGuessedWhenNotGiven() {
        String french = "Les équipages du port ont repris le travail dans la matinée, et les syndicats sont satisfaits.";

        assertThat(enricher.enrich(raw(null, french, null)).language()).isEqualTo("fr");
        assertThat(enricher.enrich(raw(null, "The crews went back to work and the port is open.", null)).language())
                .isEqualTo("en");
    }

    @Test
    void givenLanguageIsKept() {
        assertThat(enricher.enrich(raw(null, "Les équipages ont repris le travail.", "fr")).language()).isEqualTo("fr");
    }
}
