package io.newsstream.lab.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.TaggedSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilverConventionsTest {

    @Test
    void titlesLeaveAPersonsNameAndRegnalNumbersJoinIt() {
        assertThat(converted("Pope Francis met Ms. Gillard and Henry VIII, then Martin Luther King, Jr. spoke.",
                EntityType.PERSON, "Pope Francis", EntityType.PERSON, "Ms. Gillard", EntityType.PERSON, "Henry",
                EntityType.PERSON, "Martin Luther King"))
                .containsExactly("Francis", "Gillard", "Henry VIII", "Martin Luther King, Jr.");
    }

    @Test
    void hyphenatedNamesSplitByTheLabellerAreOneNameButPlacesAfterACommaStayTwo() {
        assertThat(converted("Joseph Gordon-Levitt flew from Plano, Texas to Haute-Garonne.",
                EntityType.PERSON, "Joseph Gordon", EntityType.PERSON, "Levitt", EntityType.LOCATION, "Plano",
                EntityType.LOCATION, "Texas", EntityType.LOCATION, "Haute", EntityType.LOCATION, "Garonne"))
                .containsExactly("Joseph Gordon-Levitt", "Plano", "Texas", "Haute-Garonne");
    }

    @Test
    void theDepartmentInAPostsNameIsNoOrganisation() {
        assertThat(converted("Secretary of State Antony Blinken met the State Department and the Ministry of Defence.",
                EntityType.ORG, "State", EntityType.PERSON, "Antony Blinken", EntityType.ORG, "State Department",
                EntityType.ORG, "Ministry of Defence"))
                .containsExactly("Antony Blinken", "State Department", "Ministry of Defence");
    }

    /** The names after conversion, given the labeller's as pairs of type and first occurrence in the text. */
    private static List<String> converted(String text, Object... typesAndNames) {
        List<TaggedSpan> names = new ArrayList<>();
        for (int i = 0; i < typesAndNames.length; i += 2) {
            String name = (String) typesAndNames[i + 1];
            int start = text.indexOf(name, names.isEmpty() ? 0 : names.get(names.size() - 1).end());
            names.add(new TaggedSpan((EntityType) typesAndNames[i], start, start + name.length(), name));
        }
        return SilverConventions.apply(new LabelledSentence(text, names)).names().stream().map(TaggedSpan::text).toList();
    }
}
