package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short forms through the whole finder, with the bundled knowledge base. */
class ShortFormLinkerTest {

    private final EntityFinder finder = new EntityFinder(KnowledgeBase.bundled());

    private Entity entity(String body, String name) {
        return finder.find(body).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void thePostIsTheWashingtonPostOnceNamedInFull() {
        String body = "The Washington Post reported the leak. A spokesperson told the Post the memo was real.";

        Entity post = entity(body, "The Washington Post");

        assertThat(post.mentions()).isEqualTo(2);
        assertThat(post.aliases()).containsExactly("The Washington Post", "Post");
    }

    @Test
    void shortFormSharedByTwoOrganisationsStaysUnlinked() {
        String body = "The Washington Post and the Jerusalem Post both ran it. The Post later corrected its story.";

        List<Entity> entities = finder.find(body);

        assertThat(entities).allSatisfy(entity -> assertThat(entity.aliases()).doesNotContain("Post"));
    }

    @Test
    void shortFormIsNotLinkedWithoutTheFullName() {
        assertThat(finder.find("A spokesperson told the Post the memo was real.")).isEmpty();
    }

    @Test
    void chambersInUsCopyAreTheUsCongressChambers() {
        String body = "Speaker Mike Johnson said the House would vote on Friday, and Senate Democrats said the Senate "
                + "would follow. The White House welcomed the plan.";

        List<String> names = finder.find(body).stream().map(Entity::name).toList();

        assertThat(names).contains("U.S. House of Representatives", "U.S. Senate", "White House");
        assertThat(entity(body, "U.S. Senate").mentions()).isEqualTo(2);
    }

    @Test
    void chambersOutsideUsCopyStayUnlinked() {
        List<String> names = finder.find("In Canberra, the Senate would vote on Friday, Penny Wong said.").stream()
                .map(Entity::name).toList();

        assertThat(names).doesNotContain("U.S. Senate");
    }
}
