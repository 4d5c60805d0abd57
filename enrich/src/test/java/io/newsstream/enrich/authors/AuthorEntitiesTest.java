package io.newsstream.enrich.authors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorEntitiesTest {

    @Test
    void authorBecomesAPersonAndAPlaceInsideTheNameGivesWay() {
        String body = "By Jordan Whitley\n\nTalks in Jordan resumed.";
        Entity jordan = new Entity("jordan", "Jordan", EntityType.LOCATION, 2, List.of("Jordan"),
                List.of(new Span(3, 9), new Span(28, 34)));

        AuthorEntities.Merged merged = AuthorEntities.merge(body, List.of(jordan), List.of(new AuthorMention("Jordan Whitley", 3, 17)));

        assertThat(merged.authors()).containsExactly("Jordan Whitley");
        assertThat(merged.entities()).extracting(Entity::name, Entity::type, Entity::mentions).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Jordan Whitley", EntityType.PERSON, 1),
                org.assertj.core.groups.Tuple.tuple("Jordan", EntityType.LOCATION, 1));
        assertThat(merged.entities().get(1).spans()).containsExactly(new Span(28, 34));
    }

    @Test
    void authorAlreadyFoundAsAPersonIsNotCountedTwice() {
        String body = "By Mara Vint\n\nMara Vint saw the pier.";
        Entity mara = new Entity("mara-vint", "Mara Vint", EntityType.PERSON, 2, List.of("Mara Vint"),
                List.of(new Span(3, 12), new Span(14, 23)));

        AuthorEntities.Merged merged = AuthorEntities.merge(body, List.of(mara), List.of(new AuthorMention("Mara Vint", 3, 12)));

        assertThat(merged.entities()).containsExactly(mara);
        assertThat(merged.authors()).containsExactly("Mara Vint");
    }

    @Test
    void bylineShapedLineThatIsAKnownPlaceIsNoAuthor() {
        String body = "The pier reopened.\n\nBuenos Aires";
        Entity city = new Entity("buenos-aires", "Buenos Aires", EntityType.LOCATION, 1, List.of("Buenos Aires"),
                List.of(new Span(20, 32)));

        AuthorEntities.Merged merged = AuthorEntities.merge(body, List.of(city), List.of(new AuthorMention("Buenos Aires", 20, 32)));

        assertThat(merged.authors()).isEmpty();
        assertThat(merged.entities()).containsExactly(city);
    }
}
