package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Teams named after their home: a known place followed by a capitalised plural ("Green Bay Packers", "Chicago White
 * Sox", "Miami Dolphins") is an organisation, and the place inside it is no place mention.
 */
final class TeamNames {

    /** One or two capitalised words after the place, the last a plural, then no further capitalised word. */
    private static final Pattern NICKNAME = Pattern.compile(
            "\\h(?:\\p{Lu}\\p{Ll}+\\h)?\\p{Lu}\\p{Ll}*[a-z]*(?:s|x)(?![\\p{L}\\p{N}'\u2019-])(?!\\h+\\p{Lu})");
    /** Plurals that name more land, not a team ("Florida Keys", "Rocky Mountains"). */
    private static final Set<String> PLACE_PLURALS = Set.of(
            "Islands", "Mountains", "Hills", "Falls", "Heights", "Springs", "Keys", "Lakes", "Highlands", "Lowlands",
            "Plains", "Woods", "Rocks", "Sands", "Flats", "Gardens", "Fields", "Meadows", "Downs", "Isles", "Glades",
            "Rapids", "Banks", "Shoals", "Narrows", "Pines", "Acres", "Towers", "Docks", "Mills", "Wells", "Works",
            "Times", "News", "News's", "Olympics", "Games", "Affairs", "Sports", "Airways", "Airlines", "Gas", "Laws");

    private TeamNames() {
    }

    /** Team names starting with a place among {@code mentions}; the places they hold are removed from mentions. */
    static List<Mention> find(String text, List<Mention> mentions) {
        List<Mention> teams = new ArrayList<>();
        Matcher nickname = NICKNAME.matcher(text);
        MentionIndex taken = new MentionIndex(mentions);
        for (Mention place : List.copyOf(mentions)) {
            // lookingAt in a region: the nickname must start right at the place, and the search must stay there.
            if (place.type() != EntityType.LOCATION
                    || !nickname.region(place.end(), text.length()).lookingAt()) {
                continue;
            }
            String plural = nickname.group().substring(nickname.group().lastIndexOf(' ') + 1);
            if (PLACE_PLURALS.contains(plural) || taken.overlaps(place.end() + 1, nickname.end())) {
                continue;
            }
            String name = text.substring(place.start(), nickname.end());
            teams.add(new Mention(Slugs.of(name), name, EntityType.ORG, name, place.start(), nickname.end()));
            mentions.remove(place);
        }
        return teams;
    }
}
