package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamNamesTest {

    private static Mention place(String text, String name) {
        int at = text.indexOf(name);
        return new Mention(name.toLowerCase(), name, EntityType.LOCATION, name, at, at + name.length());
    }

    @Test
    void placeFollowedByACapitalisedPluralIsATeam() {
        String text = "He played for the Velmark Harbour Sox and later the Velmark Otters, then retired.";
        List<Mention> mentions = new ArrayList<>(List.of(place(text, "Velmark")));
        mentions.add(new Mention("velmark", "Velmark", EntityType.LOCATION, "Velmark", 52, 59));

        assertThat(TeamNames.find(text, mentions)).extracting(Mention::surface)
                .containsExactly("Velmark Harbour Sox", "Velmark Otters");
        assertThat(mentions).isEmpty();
    }

    @Test
    void pluralsOfLandAndLongerNamesStayAsTheyAre() {
        String text = "They hiked the Velmark Mountains and visited Velmark Otters Club.";
        List<Mention> mentions = new ArrayList<>(List.of(place(text, "Velmark")));
        mentions.add(new Mention("velmark", "Velmark", EntityType.LOCATION, "Velmark", 44, 51));

        assertThat(TeamNames.find(text, mentions)).isEmpty();
        assertThat(mentions).hasSize(2);
    }
}
