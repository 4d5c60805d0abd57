package io.newsstream.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The known mentions a newly found name holds as its parts ("Kenya" in "Law Society of Kenya"). */
final class NameParts {

    private NameParts() {
    }

    /**
     * The {@code known} mentions lying strictly inside {@code name} that {@code isPart} accepts, or null when any other
     * known mention overlaps it (the name clashes with what is already known).
     */
    static List<Mention> of(Mention name, List<Mention> known, Predicate<Mention> isPart) {
        List<Mention> inside = new ArrayList<>();
        for (Mention mention : known) {
            boolean overlaps = mention.start() < name.end() && name.start() < mention.end();
            boolean strictlyInside = mention.start() >= name.start() && mention.end() <= name.end()
                    && mention.end() - mention.start() < name.end() - name.start();
            if (strictlyInside && isPart.test(mention)) {
                inside.add(mention);
            } else if (overlaps) {
                return null;
            }
        }
        return inside;
    }
}
