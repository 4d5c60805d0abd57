package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

    private final EntityFinder finder = new EntityFinder(KnowledgeBase.bundled());

    private static Optional<Entity> entity(List<Entity> entities, String id) {
        return entities.stream().filter(entity -> entity.id().equals(id)).findFirst();
    }

    @Test
    void kievAndKyivAreTheSameCity() {
        String body = "Trains from Kiev were late. By evening Kyiv was quiet again.";

        Entity kyiv = entity(finder.find(body), "kyiv").orElseThrow();

        assertThat(kyiv.name()).isEqualTo("Kyiv");
        assertThat(kyiv.type()).isEqualTo(EntityType.LOCATION);
        assertThat(kyiv.mentions()).isEqualTo(2);
        assertThat(kyiv.aliases()).containsExactly("Kiev", "Kyiv");
    }

    @Test
    void spansPointAtTheMentionsInTheBody() {
        String body = "Talks in Moscow stalled, and Moscow said so.";

        Entity moscow = entity(finder.find(body), "moscow").orElseThrow();

        assertThat(moscow.spans()).hasSize(2);
        for (Span span : moscow.spans()) {
            assertThat(body.substring(span.start(), span.end())).isEqualTo("Moscow");
        }
        assertThat(moscow.spans().get(0).start()).isEqualTo(body.indexOf("Moscow"));
    }

    @Test
    void misspelledAliasLinksToTheCanonicalPerson() {
        List<Entity> entities = finder.find("Anthony Blinken flew to the summit, and Zelenskyy met him there.");

        assertThat(entity(entities, "antony-blinken")).hasValueSatisfying(entity -> {
            assertThat(entity.name()).isEqualTo("Antony Blinken");
            assertThat(entity.aliases()).containsExactly("Anthony Blinken");
        });
        assertThat(entity(entities, "volodymyr-zelensky")).isPresent();
    }

    @Test
    void surnameLinksToAPersonNamedInFullInTheSameArticle() {
        String body = "Boris Johnson spoke first. Later Johnson repeated the warning, and Johnson left.";

        Entity johnson = entity(finder.find(body), "boris-johnson").orElseThrow();

        assertThat(johnson.mentions()).isEqualTo(3);
        assertThat(johnson.aliases()).containsExactly("Boris Johnson", "Johnson");
    }

    @Test
    void surnameAloneIsNotLinkedWhenTheArticleNeverNamesThePersonInFull() {
        List<Entity> entities = finder.find("Johnson said the bridge would reopen in spring.");

        assertThat(entity(entities, "boris-johnson")).isEmpty();
    }

    @Test
    void personAfterATitleIsDiscoveredAndLaterLinkedBySurname() {
        String body = "Foreign Minister Halvard Lindqvist arrived late. Lindqvist said the vote would wait.";

        Entity person = entity(finder.find(body), "halvard-lindqvist").orElseThrow();

        assertThat(person.name()).isEqualTo("Halvard Lindqvist");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.mentions()).isEqualTo(2);
        assertThat(person.aliases()).containsExactly("Halvard Lindqvist", "Lindqvist");
    }

    @Test
    void discoveryStopsAtWordsThatAreNotNames() {
        List<Entity> entities = finder.find("President Tomas Varga On Monday the cabinet resigned.");

        assertThat(entities).extracting(Entity::name).contains("Tomas Varga").doesNotContain("Tomas Varga On");
    }

    @Test
    void knownPersonAfterATitleIsNotDiscoveredTwice() {
        List<Entity> entities = finder.find("Russian President Vladimir Putin spoke on television.");

        assertThat(entities).extracting(Entity::id).containsExactly("vladimir-putin");
    }

    @Test
    void sharedSurnameStaysUnlinked() {
        String body = "Minister Anna Berg and Senator Lukas Berg disagreed. Berg later apologised.";

        List<Entity> entities = finder.find(body);

        assertThat(entity(entities, "anna-berg")).hasValueSatisfying(e -> assertThat(e.mentions()).isEqualTo(1));
        assertThat(entity(entities, "lukas-berg")).hasValueSatisfying(e -> assertThat(e.mentions()).isEqualTo(1));
    }

    @Test
    void namesMatchWholeWordsOnly() {
        List<Entity> entities = finder.find("Ukrainian farmers and Russians in Moscowville.");

        // The tagger may take Moscowville for a place of its own; it is never Moscow, Ukraine or Russia.
        assertThat(entities).extracting(Entity::id).doesNotContain("moscow", "ukraine", "russia");
    }

    @Test
    void taggedPersonUnknownToTheKnowledgeBaseLinksHerSurname() {
        String body = "WNBA star Brittney Griner returned home on Friday. Griner thanked her supporters.";

        List<Entity> entities = finder.find(body);

        assertThat(entity(entities, "brittney-griner")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.mentions()).isEqualTo(2);
        });
    }

    @Test
    void givenNameAloneLinksToThePersonNamedInFull() {
        String body = "Eagles centre Jason Kelce retired on Monday. Jason thanked his brother.";

        List<Entity> entities = finder.find(body);

        assertThat(entity(entities, "jason-kelce")).hasValueSatisfying(e -> assertThat(e.mentions()).isEqualTo(2));
        assertThat(entities).hasSize(1);
    }

    @Test
    void taggedPersonWinsOverAPlaceInsideHisName() {
        String body = "The lawyer for Jordan Henderson said the case would go on.";

        List<Entity> entities = finder.find(body);

        assertThat(entity(entities, "jordan-henderson")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void relativeNamedInFullIsNotTheKnownPersonWithHisSurname() {
        String body = "George Soros gave early. His son Alexander Soros said the family would give more. Soros declined.";

        List<Entity> entities = finder.find(body);

        assertThat(entity(entities, "alexander-soros")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
        assertThat(entity(entities, "george-soros")).isPresent();
    }

    @Test
    void nameEndingWithAPlaceWordIsAPlaceUnlessItsLastWordSpeaksAlone() {
        String body = "The team camped below Chhota Shigri Glacier for a week.\n\n"
                + "The film stars Tobias Beach as a pilot. Beach said the role was hard.";

        List<Entity> entities = finder.find(body);

        assertThat(entity(entities, "chhota-shigri-glacier")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(entity(entities, "tobias-beach")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void formerStatesArePlacesNotUnions() {
        List<Entity> entities = finder.find("Her parents left the Soviet Union in 1979, two years after Yugoslavia.");

        assertThat(entity(entities, "soviet-union")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(entity(entities, "yugoslavia")).isPresent();
    }

    @Test
    void taggedPlaceWhoseLastWordSpeaksAloneIsAPerson() {
        String body = "Orlena De La Vega holds the top office in the union local. In 2015, it was De La Vega who first "
                + "signed up workers. De La Vega said the vote was close.";

        assertThat(entity(finder.find(body), "orlena-de-la-vega")).hasValueSatisfying(
                e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void monthAloneIsNoName() {
        String body = "The bank cut its forecast in March. Officials said March had been wet and that March sales fell.";

        assertThat(finder.find(body)).extracting(Entity::name).doesNotContain("March");
    }

    @Test
    void capitalisedWordOpeningAQuoteIsNoNameUnlessCapitalisedElsewhere() {
        String body = "The crowd chanted: \"Estamos cansados.\" The police stood by.";

        assertThat(finder.find(body)).extracting(Entity::name).doesNotContain("Estamos");
    }

    @Test
    void longerNamesWinOverTheNamesInsideThem() {
        List<Entity> entities = finder.find("The Washington Post and the Kyiv Independent both ran the story.");

        assertThat(entities).extracting(Entity::id)
                .contains("washington-post", "kyiv-independent")
                .doesNotContain("washington-dc", "kyiv");
    }

    @Test
    void acronymsMatchInCapitalsOrTitleCaseButShortOnesNeverInLowerCase() {
        List<Entity> entities = finder.find("Nato ministers met. NATO said it would help us, and the US agreed.");

        assertThat(entity(entities, "nato")).hasValueSatisfying(e -> assertThat(e.aliases()).containsExactly("Nato", "NATO"));
        assertThat(entity(entities, "united-states")).hasValueSatisfying(e -> assertThat(e.mentions()).isEqualTo(1));
    }

    @Test
    void mostMentionedEntitiesComeFirst() {
        List<Entity> entities = finder.find("Paris hosted talks. Berlin sent a delegate. Berlin agreed; Berlin signed.");

        assertThat(entities).extracting(Entity::id).containsExactly("berlin", "paris");
    }
}
