package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    private final TitleCleaner cleaner = new TitleCleaner();
    private final SiteNames site = new SiteNames(List.of("The Daily Planet", "dailyplanet.co.uk"));

    @Test
    void dropsTheSiteNameOnEitherSide() {
        assertThat(cleaner.clean("Bridge reopens - The Daily Planet", site)).isEqualTo("Bridge reopens");
        assertThat(cleaner.clean("DailyPlanet.co.uk | Bridge reopens", site)).isEqualTo("Bridge reopens");
        assertThat(cleaner.clean("Bridge reopens | News | 03.05.2024 | The Daily Planet", site))
                .isEqualTo("Bridge reopens | News");
        assertThat(cleaner.clean("橋が再開：The Daily Planet", site)).isEqualTo("橋が再開");
    }

    @Test
    void keepsColonsAndHyphensThatBelongToTheHeadline() {
        assertThat(cleaner.clean("Budget: a well-known plan - explained", site))
                .isEqualTo("Budget: a well-known plan - explained");
    }

    @Test
    void dropsABreadcrumbTrail() {
        assertThat(cleaner.clean("Home › Sport › Late goal settles the derby", site))
                .isEqualTo("Late goal settles the derby");
    }

    @Test
    void refusesTokensAndTheSiteNameAlone() {
        assertThat(cleaner.clean("fbpx", site)).isNull();
        assertThat(cleaner.clean("The Daily Planet", site)).isNull();
        assertThat(cleaner.clean("  ", site)).isNull();
    }
}
