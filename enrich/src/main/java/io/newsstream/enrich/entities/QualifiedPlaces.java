package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A place the knowledge base knows with its region after a comma ("Birmingham, Alabama", "Reno, Nev.") names two
 * places, as it does for a reader: the city, written as its own word, and the region, a place of the article too.
 */
final class QualifiedPlaces {

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
}
