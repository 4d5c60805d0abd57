package io.newsstream.enrich.outlet;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A line "Outlet with AGENCY" ("Le Monde with AFP"): the outlet published a story an agency supplied. */
record OutletWithAgency(OutletMention publisher, OutletMention agency) {

    private static final Pattern WITH = Pattern.compile("\\s+with\\s+");

    static Optional<OutletWithAgency> find(List<OutletMention> mentions) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            OutletMention first = mentions.get(i);
            OutletMention second = mentions.get(i + 1);
            String between = first.text().substring(first.end(), Math.max(first.end(), second.start()));
            if (first.startsLine() && WITH.matcher(between).matches() && second.endsLine()) {
                return Optional.of(new OutletWithAgency(first, second));
            }
        }
        return Optional.empty();
    }
}
