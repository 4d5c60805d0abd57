package io.newsstream.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every knowledge-base name in a text in one pass, with one compiled alternation of all spellings.
 * Longer spellings are tried first, so "Washington Post" wins over "Washington" and "Antony Blinken" over "Blinken".
 */
final class AliasMatcher {

    private static final int MIN_TITLE_CASE_ACRONYM = 4;

    private final Map<String, KnowledgeEntry> entryBySurface = new HashMap<>();
    private final Pattern pattern;

    AliasMatcher(KnowledgeBase knowledgeBase) {
        for (KnowledgeEntry entry : knowledgeBase.entries()) {
            for (String surface : entry.surfaceForms()) {
                entryBySurface.put(surface, entry);
                // Some style guides write acronyms they pronounce as words in title case (Nato); short ones (US, UN)
                // would collide with ordinary words (Us, Un), so only longer acronyms get the variant.
                if (isAcronym(surface) && surface.length() >= MIN_TITLE_CASE_ACRONYM) {
                    entryBySurface.putIfAbsent(surface.charAt(0) + surface.substring(1).toLowerCase(Locale.ROOT), entry);
                }
            }
        }
        String alternation = entryBySurface.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // Whole words only: "Ukraine" must not match inside "Ukrainian", nor "UN" inside "UNICEF".
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    private static boolean isAcronym(String surface) {
        return surface.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            KnowledgeEntry entry = entryBySurface.get(matcher.group());
            mentions.add(new Mention(entry.id(), entry.name(), entry.type(), matcher.group(), matcher.start(), matcher.end()));
        }
        return mentions;
    }
}
