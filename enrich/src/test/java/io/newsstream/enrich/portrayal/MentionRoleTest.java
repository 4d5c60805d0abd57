package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionRoleTest {

    private static boolean subject(String sentence, String name) {
        int at = sentence.indexOf(name);
        return MentionRole.isSubject(sentence, at, at + name.length());
    }

    @Test
    void theSubjectOfItsClauseIsWhatTheSentenceSpeaksOf() {
        assertThat(subject("The Metropolitan Correctional Centre was shut down in 2021.", "Metropolitan")).isTrue();
        assertThat(subject("Born in Roma, Advocate Mokitimi Tsosane has transformed his life.", "Mokitimi")).isTrue();
        assertThat(subject("After 150 laps, Joey Logano crossed the finish line first.", "Joey Logano")).isTrue();
    }

    @Test
    void objectsModifiersComplementsAndAsidesAreNot() {
        assertThat(subject("It got US$350,000 from the International Renaissance Foundation.", "International"))
                .isFalse();
        assertThat(subject("It was awarded a lease by the Ministry of Natural Resources.", "Ministry")).isFalse();
        assertThat(subject("By Tom Smith and Ann Lee", "Tom Smith")).isFalse();
        assertThat(subject("One is the Global Higher Education Alliance network.", "Global")).isFalse();
        assertThat(subject("On Saturday, a US Delta Force operation captured him.", "Delta Force")).isFalse();
        assertThat(subject("From her Met Gala looks to her street style, she shines.", "Met Gala")).isFalse();
        assertThat(subject("Some teens, including Matt (portrayed by Keanu Reeves), break away.", "Keanu")).isFalse();
        assertThat(subject("The team signed UCLA star Kenny Washington in 1946.", "UCLA")).isFalse();
        assertThat(subject("He is an entrepreneur, he supports the Labour Party.", "Labour Party")).isFalse();
    }
}
