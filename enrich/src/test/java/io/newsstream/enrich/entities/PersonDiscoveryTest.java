package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonDiscoveryTest {

    private final PersonDiscovery discovery = new PersonDiscovery();

    private List<String> names(String text) {
        return discovery.find(text, List.of()).stream().map(Mention::surface).toList();
    }

    @Test
    void deputyMayorIntroducesAName() {
        assertThat(names("Deputy Mayor Ines Varga said the plan would start.")).containsExactly("Ines Varga");
    }

    @Test
    void lowercaseRoleIntroducesAName() {
        assertThat(names("Team coach Rolf Amsel said the squad was fit, and spokeswoman Lea Brandt agreed."))
                .containsExactly("Rolf Amsel", "Lea Brandt");
    }

    @Test
    void doctorTitleIntroducesAName() {
        assertThat(names("Dr. Pavel Orsk runs the clinic.")).containsExactly("Pavel Orsk");
    }

    @Test
    void aSingleWordAfterATitleIsNotAName() {
        assertThat(names("Mayor Varga spoke on Monday.")).isEmpty();
    }
}
