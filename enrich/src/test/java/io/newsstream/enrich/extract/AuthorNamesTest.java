package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    private final AuthorNames names = new AuthorNames();

    @Test
    void dropsLeadWordsAndSplitsConjunctions() {
        assertThat(names.clean(List.of("By Jane Doe and John Roe"))).containsExactly("Jane Doe", "John Roe");
        assertThat(names.clean(List.of("Von Anna Berg und Kai Lund"))).containsExactly("Anna Berg", "Kai Lund");
        assertThat(names.clean(List.of("Ana Ruiz, Luis Gil & Marta Paz")))
                .containsExactly("Ana Ruiz", "Luis Gil", "Marta Paz");
    }

    @Test
    void dropsRolesEmailsLinksAndRepeats() {
        assertThat(names.clean(List.of("Jane Doe, Staff Writer", "jane.doe@example.test", "JANE DOE",
                "https://example.test/authors/jane")))
                .containsExactly("Jane Doe");
        assertThat(names.clean(List.of("Ola Nordmann (Reporter)"))).containsExactly("Ola Nordmann");
        assertThat(names.clean(List.of("홍길동 기자"))).containsExactly("홍길동");
        assertThat(names.clean(List.of("Jane Doe, Mark Roe Monday, November 18, 04:05 pm PT")))
                .containsExactly("Jane Doe", "Mark Roe");
    }

    @Test
    void refusesWhatCannotBeAName() {
        assertThat(names.clean(List.of("jane-doe", "12345", "Staff Writer", "admin",
                "Council votes to close the old bridge after the storm damaged it"))).isEmpty();
    }

    @Test
    void keepsTitlesAndOrganisationBylines() {
        assertThat(names.clean(List.of("Dr. Lena Weiss", "Associated Press")))
                .containsExactly("Dr. Lena Weiss", "Associated Press");
    }

    @Test
    void fullNamesHaveTwoWordsOrAScriptWithoutSpaces() {
        assertThat(AuthorNames.isFullName("Jane Doe")).isTrue();
        assertThat(AuthorNames.isFullName("山田太郎")).isTrue();
        assertThat(AuthorNames.isFullName("amw")).isFalse();
    }
}
