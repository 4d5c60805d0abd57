package io.newsstream.lab.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.TaggedSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilverConventionsTest {

    @Test
    void titlesLeaveAPersonsNameAndRegnalNumbersJoinIt() {
        String text = "Pope Francis met Ms. Gillard and Henry VIII, then Martin Luther King, Jr. spoke.";
        LabelledSentence crf = new LabelledSentence(text, List.of(span(text, EntityType.PERSON, "Pope Francis"),
                span(text, EntityType.PERSON, "Ms. Gillard"), span(text, EntityType.PERSON, "Henry"),
                span(text, EntityType.PERSON, "Martin Luther King")));

        assertThat(SilverConventions.apply(crf).names()).extracting(TaggedSpan::text)
                .containsExactly("Francis", "Gillard", "Henry VIII", "Martin Luther King, Jr.");
    }

    @Test
    void hyphenatedNamesSplitByTheLabellerAreOneNameButPlacesAfterACommaStayTwo() {
        String text = "Joseph Gordon-Levitt flew from Plano, Texas to Haute-Garonne.";
        LabelledSentence crf = new LabelledSentence(text, List.of(span(text, EntityType.PERSON, "Joseph Gordon"),
                span(text, EntityType.PERSON, "Levitt"), span(text, EntityType.LOCATION, "Plano"),
                span(text, EntityType.LOCATION, "Texas"), span(text, EntityType.LOCATION, "Haute"),
                span(text, EntityType.LOCATION, "Garonne")));

        assertThat(SilverConventions.apply(crf).names()).extracting(TaggedSpan::text)
                .containsExactly("Joseph Gordon-Levitt", "Plano", "Texas", "Haute-Garonne");
    }

    @Test
    void theDepartmentInAPostsNameIsNoOrganisation() {
        String text = "Secretary of State Antony Blinken met the State Department and the Ministry of Defence.";
        LabelledSentence crf = new LabelledSentence(text, List.of(span(text, EntityType.ORG, "State"),
                span(text, EntityType.PERSON, "Antony Blinken"), span(text, EntityType.ORG, "State Department"),
                span(text, EntityType.ORG, "Ministry of Defence")));

        assertThat(SilverConventions.apply(crf).names()).extracting(TaggedSpan::text)
                .containsExactly("Antony Blinken", "State Department", "Ministry of Defence");
    }

    private static TaggedSpan span(String text, EntityType type, String name) {
        int start = text.indexOf(name);
        return new TaggedSpan(type, start, start + name.length(), name);
    }
}
