package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place the knowledge base knows with its region after a comma ("Birmingham, Alabama", "Reno, Nev.") names two
 * places, as it does for a reader: the city, written as its own word, and the region, a place of the article too; and
 * a town it does not know is a place when the article qualifies it so ("from Avondale, Arizona").
 */
final class QualifiedPlaces {

    /**
     * A preposition of place, then one to three capitalised words (with "d'", "-on-" and the like inside), then a
     * comma: the text just before a region's name. Matched backwards from the region, so anchored at the end.
     */
    private static final Pattern TOWN_BEFORE_REGION = Pattern.compile(
            "(?<![\\p{L}])(?:of|in|from|near|outside)\\h+"
                    + "(?<town>\\p{Lu}[\\p{L}'’-]*(?:\\h+(?:d['’])?\\p{Lu}[\\p{L}'’-]*){0,2}),\\h$");
    /** "Palin's Wasilla": whose town it is, not its name. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\h");
    /** How far before a region a town and its preposition may start. */
    private static final int LOOK_BACK = 60;

    private QualifiedPlaces() {
    }

    /**
     * {@code kbMentions} with each comma-qualified place split into the city (the entry it was matched as) and its
     * region, when the words after the comma are themselves a known place; other mentions are returned unchanged.
     */
    static List<Mention> split(List<Mention> kbMentions, AliasMatcher aliases) {
        List<Mention> result = new ArrayList<>(kbMentions.size());
        for (Mention mention : kbMentions) {
            int comma = mention.type() == EntityType.LOCATION ? mention.surface().lastIndexOf(", ") : -1;
            Mention region = comma > 0 ? region(mention, comma, aliases) : null;
            if (region == null) {
                result.add(mention);
                continue;
            }
            String city = mention.surface().substring(0, comma);
            result.add(new Mention(mention.id(), mention.name(), mention.type(), city, mention.start(),
                    mention.start() + comma));
            result.add(region);
        }
        return result;
    }

    /** The known place the words after the comma name in full, or null. */
    private static Mention region(Mention qualified, int comma, AliasMatcher aliases) {
        String words = qualified.surface().substring(comma + 2);
        int offset = qualified.start() + comma + 2;
        for (Mention match : aliases.find(words)) {
            if (match.start() == 0 && match.end() == words.length() && match.type() == EntityType.LOCATION) {
                return new Mention(match.id(), match.name(), match.type(), words, offset, offset + words.length());
            }
        }
        return null;
    }

    /**
     * Towns the knowledge base lacks, written before a known region after a comma and a preposition of place ("of
     * Conway, Washington", "in Annandale-on-Hudson, New York"), that no known mention covers and that hold no
     * organisation word ("at Velmark College, Ohio" is no town).
     */
    static List<Mention> towns(String text, List<Mention> mentions) {
        List<Mention> towns = new ArrayList<>();
        MentionIndex known = new MentionIndex(mentions);
        for (Mention region : mentions) {
            int before = region.start();
            if (region.type() != EntityType.LOCATION || before < 3 || text.charAt(before - 2) != ','
                    || text.startsWith("'s", region.end()) || text.startsWith("’s", region.end())) {
                continue;
            }
            Matcher town = TOWN_BEFORE_REGION.matcher(text).region(Math.max(0, before - LOOK_BACK), before)
                    .useTransparentBounds(true);
            if (!town.find() || known.overlaps(town.start("town"), town.end("town"))
                    || OrganisationDiscovery.hasOrgWord(town.group("town"))) {
                continue;
            }
            String name = town.group("town");
            if (POSSESSIVE.matcher(name).find()) {
                continue;
            }
            towns.add(new Mention(Slugs.of(name), name, EntityType.LOCATION, name, town.start("town"),
                    town.end("town")));
        }
        return towns;
    }
}
